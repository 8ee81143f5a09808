package cost

// Prices are on-demand list prices in US dollars for ap-northeast-2
// (Seoul). They are ASSUMPTIONS, copied by hand on 2026-12-07 from the
// public pricing pages named beside each field (aws.amazon.com/<service>/
// pricing/), not fetched: update them before quoting a figure. Taxes,
// free tiers and savings plans are left out.
type Prices struct {
	Region string

	LambdaGBSecondARM float64 // lambda/pricing: Arm, per GB-second
	LambdaRequest     float64 // lambda/pricing: per request ($0.20 per million)

	S3PutClass       float64 // s3/pricing: PUT, COPY, POST, LIST per request ($0.0045 per 1,000)
	S3GetClass       float64 // s3/pricing: GET, SELECT and all other (HEAD) per request ($0.00035 per 1,000)
	S3StorageGBMonth float64 // s3/pricing: Standard, first 50 TB

	DynamoWRU          float64 // dynamodb/pricing/on-demand: per write request unit
	DynamoRRU          float64 // dynamodb/pricing/on-demand: per read request unit
	DynamoStorageMonth float64 // per GB-month (Standard table class)
	DynamoPITRMonth    float64 // continuous backups, per GB-month

	// EventBridgeAWSEvent is per S3 event ingested by the default bus:
	// eventbridge/pricing bills S3's object events as "AWS opt-in data
	// events" at the custom-event rate ($1.00 per million); only AWS
	// management events are free. Delivery to a same-account Lambda
	// target is taken as free.
	EventBridgeAWSEvent float64
	ArchiveGB           float64 // eventbridge/pricing: event replay, per GB archived
	ArchiveGBMonth      float64 // eventbridge/pricing: archive storage, per GB-month

	SESEmail float64 // ses/pricing: per outbound e-mail ($0.10 per 1,000)
	SNSSMSKR float64 // sns/sms-pricing: per transactional SMS to a Korean number

	LogsIngestGB   float64 // cloudwatch/pricing: Logs, per GB ingested (Standard)
	LogsStoreGB    float64 // cloudwatch/pricing: Logs, per GB-month archived
	AlarmMonth     float64 // cloudwatch/pricing: standard-resolution alarm, per month
	DashboardMonth float64 // cloudwatch/pricing: per dashboard beyond the free three (we count it)

	KMSKeyMonth  float64 // kms/pricing: per customer managed key
	SecretMonth  float64 // secrets-manager/pricing: per secret
	WAFACLMonth  float64 // waf/pricing: per web ACL
	WAFRuleMonth float64 // waf/pricing: per rule or rule group

	// OpenSearch Service on-demand instance hours and gp3 storage
	// (opensearch-service/pricing).
	SearchHour       map[string]float64
	SearchGP3GBMonth float64
}

// Seoul is the price table the model uses by default (see Prices).
func Seoul() Prices {
	return Prices{
		Region:              "ap-northeast-2",
		LambdaGBSecondARM:   0.0000133334,
		LambdaRequest:       0.20 / 1e6,
		S3PutClass:          0.0045 / 1000,
		S3GetClass:          0.00035 / 1000,
		S3StorageGBMonth:    0.025,
		DynamoWRU:           0.7115 / 1e6,
		DynamoRRU:           0.1423 / 1e6,
		DynamoStorageMonth:  0.2850,
		DynamoPITRMonth:     0.2280,
		EventBridgeAWSEvent: 1.00 / 1e6,
		ArchiveGB:           0.10,
		ArchiveGBMonth:      0.023,
		SESEmail:            0.10 / 1000,
		SNSSMSKR:            0.02,
		LogsIngestGB:        0.76,
		LogsStoreGB:         0.0314,
		AlarmMonth:          0.10,
		DashboardMonth:      3.00,
		KMSKeyMonth:         1.00,
		SecretMonth:         0.40,
		WAFACLMonth:         5.00,
		WAFRuleMonth:        1.00,
		SearchHour: map[string]float64{
			"t3.small.search":  0.046,
			"r7g.large.search": 0.2010,
			"m7g.large.search": 0.1630,
		},
		SearchGP3GBMonth: 0.1464,
	}
}
