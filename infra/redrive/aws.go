package redrive

import (
	"context"
	"fmt"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/lambda"
	ltypes "github.com/aws/aws-sdk-go-v2/service/lambda/types"
	"github.com/aws/aws-sdk-go-v2/service/sqs"
)

// SQSQueue is a Queue on Amazon SQS.
type SQSQueue struct {
	Client *sqs.Client
	URL    string
	// Visibility hides received messages while they are re-driven, in
	// seconds; it must exceed the function's timeout.
	Visibility int32
}

// Receive implements Queue.
func (q SQSQueue) Receive(ctx context.Context) ([]Message, error) {
	out, err := q.Client.ReceiveMessage(ctx, &sqs.ReceiveMessageInput{
		QueueUrl: aws.String(q.URL), MaxNumberOfMessages: 10, WaitTimeSeconds: 1, VisibilityTimeout: q.Visibility,
	})
	if err != nil {
		return nil, err
	}
	msgs := make([]Message, len(out.Messages))
	for i, m := range out.Messages {
		msgs[i] = Message{ID: aws.ToString(m.MessageId), Receipt: aws.ToString(m.ReceiptHandle), Body: []byte(aws.ToString(m.Body))}
	}
	return msgs, nil
}

// Delete implements Queue.
func (q SQSQueue) Delete(ctx context.Context, m Message) error {
	_, err := q.Client.DeleteMessage(ctx, &sqs.DeleteMessageInput{QueueUrl: aws.String(q.URL), ReceiptHandle: aws.String(m.Receipt)})
	return err
}

// LambdaInvoker invokes functions with the Lambda API, waiting for the
// result.
type LambdaInvoker struct{ Client *lambda.Client }

// Invoke implements Invoker.
func (l LambdaInvoker) Invoke(ctx context.Context, function string, payload []byte) error {
	out, err := l.Client.Invoke(ctx, &lambda.InvokeInput{
		FunctionName: aws.String(function), Payload: payload, InvocationType: ltypes.InvocationTypeRequestResponse,
	})
	if err != nil {
		return err
	}
	if out.FunctionError != nil {
		return fmt.Errorf("%s: %s: %s", function, aws.ToString(out.FunctionError), out.Payload)
	}
	return nil
}
