// Package storage is the object-store port: S3 on AWS, a folder on one
// machine. Every write fires an object event, the way S3 does through
// EventBridge, and the pipeline is driven by those events.
package storage

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"io"
	"log/slog"
	"time"
)

// ErrNotFound is returned when an object does not exist.
var ErrNotFound = errors.New("storage: object not found")

// ErrExists is returned by a put with IfNoneMatch when the object exists.
var ErrExists = errors.New("storage: object already exists")

// ErrIrregular is matched (errors.Is) by an *IrregularError: the key names
// something a folder can hold but an object store cannot — a symbolic
// link, a FIFO, a device, a socket, or a folder where an object was
// expected. The store never follows or reads such an entry.
var ErrIrregular = errors.New("storage: not a regular object")

// Kinds of irregular entries, as IrregularError.Kind names them.
const (
	KindSymlink   = "symlink"
	KindFIFO      = "fifo"
	KindDevice    = "device"
	KindSocket    = "socket"
	KindDirectory = "directory"
	KindOther     = "other"
)

// IrregularError says what a key named instead of a regular object. Its
// message never repeats the key, which a sender may have chosen.
type IrregularError struct {
	Key  string
	Kind string // one of the Kind constants
}

func (e *IrregularError) Error() string {
	return "storage: object is a " + e.Kind + ", not a regular file"
}

// Is makes errors.Is(err, ErrIrregular) true.
func (e *IrregularError) Is(target error) bool { return target == ErrIrregular }

// Irregular returns the *IrregularError in err, if there is one.
func Irregular(err error) (*IrregularError, bool) {
	var ie *IrregularError
	ok := errors.As(err, &ie)
	return ie, ok
}

// Info describes a stored object.
type Info struct {
	Key      string
	Size     int64
	ETag     string
	Modified time.Time
}

// PutOptions tune a put.
type PutOptions struct {
	ContentType string
	// IfNoneMatch makes the put conditional on the object not existing.
	IfNoneMatch bool
}

// Store is the object store as the pipeline uses it.
type Store interface {
	Put(ctx context.Context, bucket, key string, body io.Reader, opts PutOptions) error
	Get(ctx context.Context, bucket, key string) (io.ReadCloser, Info, error)
	Head(ctx context.Context, bucket, key string) (Info, error)
	Delete(ctx context.Context, bucket, key string) error
	// List calls fn for every object under prefix, in key order.
	List(ctx context.Context, bucket, prefix string, fn func(Info) error) error
}

// Kinds of object events.
const (
	Created = "Object Created"
	Deleted = "Object Deleted"
)

// Event is an object event, as S3 sends it through EventBridge (detail-type
// "Object Created" / "Object Deleted"). The key is already URL-decoded.
type Event struct {
	Kind      string    `json:"kind"`
	Bucket    string    `json:"bucket"`
	Key       string    `json:"key"`
	Size      int64     `json:"size,omitempty"`
	ETag      string    `json:"etag,omitempty"`
	Sequencer string    `json:"sequencer,omitempty"`
	Time      time.Time `json:"time"`
	// ID is the event id, used for logging and dead letters.
	ID string `json:"id,omitempty"`
}

// LogValue names the event in logs by its id, kind, bucket and the digest
// of its key, never the key: inbox keys are chosen by senders and may
// carry personal data (a file named after a citizen), and an event does
// not know which of its buckets is the inbox. Logging an Event is thus
// safe by construction; a stage that knows the document logs its id
// beside it.
func (e Event) LogValue() slog.Value {
	return slog.GroupValue(
		slog.String("id", e.ID),
		slog.String("kind", e.Kind),
		slog.String("bucket", e.Bucket),
		slog.String("key_sha", KeyDigest(e.Key)),
	)
}

// String is the event as errors name it, with the key's digest for the
// same reason as LogValue.
func (e Event) String() string {
	return e.Kind + " " + e.Bucket + "/<key " + KeyDigest(e.Key) + ">"
}

// Buckets names the three buckets the pipeline works on. On AWS these are
// the real bucket names; on one machine they are folder names.
type Buckets struct {
	Inbox  string `json:"inbox"`
	Work   string `json:"work"`
	Public string `json:"public"`
}

// ReadAll reads a whole object, refusing more than limit bytes.
func ReadAll(ctx context.Context, s Store, bucket, key string, limit int64) ([]byte, error) {
	rc, _, err := s.Get(ctx, bucket, key)
	if err != nil {
		return nil, err
	}
	defer rc.Close()
	data, err := io.ReadAll(io.LimitReader(rc, limit+1))
	if err != nil {
		return nil, err
	}
	if int64(len(data)) > limit {
		return nil, ErrTooLarge
	}
	return data, nil
}

// ErrTooLarge is returned by ReadAll when an object exceeds its limit.
var ErrTooLarge = errors.New("storage: object too large")

// KeyDigest names a key in logs without repeating it: inbox keys are chosen
// by senders and may hold anything. The same key always gives the same
// digest, so log lines about one object can be followed.
func KeyDigest(key string) string {
	sum := sha256.Sum256([]byte(key))
	return hex.EncodeToString(sum[:8])
}
