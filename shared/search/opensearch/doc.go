// Package opensearch is the search port's adapter for Amazon OpenSearch
// Service, built on github.com/opensearch-project/opensearch-go/v2 and
// signed with SigV4 (signer/awsv2, service "es") when Config.Sign is set.
//
// # Index layout
//
// The adapter reads and writes through an alias (default
// "plaza-documents"). Behind it sit versioned indices plaza-documents-v1,
// -v2 …, created from one index template (template.json): the nori
// analysis chain (nori_tokenizer with decompound_mode mixed,
// nori_part_of_speech, nori_readingform, lowercase), an edge-ngram
// subfield for suggestions (keywords.suggest), and explicit mappings
// with dynamic: strict, so a field nobody mapped is refused instead of
// guessed. EnsureIndex installs the template and the first index (safe on
// every start); Reindex builds the next index with _reindex (external
// versions kept), swaps the alias in one _aliases call and copies again
// to catch writes made during the first copy.
//
// # Writes
//
// Index, Delete, Bulk and BulkDelete use external versioning with the
// envelope version and the revision as one stamp (search.Stamp; a delete
// uses search.StampAll, every revision of its version): the cluster refuses a version that is not newer (409),
// which is how retried and late events become harmless; a 409 is therefore
// success. Delete uses external_gte and leaves a tombstone (index.gc_deletes
// is 24 h in the template) so a late write cannot resurrect a retracted
// document. _bulk bodies are cut at Config.BulkBytes; items refused with
// 429 are resent alone with exponential backoff and jitter, other item
// errors come back together as *BulkError. Whole requests refused with
// 429/502/503/504 are retried the same way.
//
// # Reads
//
// Search sends one bool query: simple_query_string over title^3,
// keywords.text^2, body and document_number^3 with default_operator "and"
// and only the PHRASE and WHITESPACE flags (quoted phrases work; + - | * ~
// are plain text, so no input can make a query fail to parse), term and
// range filters, terms aggregations for department (with its name),
// type and grade, a date_histogram by Seoul calendar year, highlighting
// with <mark></mark> and the html encoder (snippets are escaped), sort by
// relevance or date with a uid tiebreaker, and paging by from/size or by an
// opaque search_after cursor (Result.Next). Related follows the port's
// order (citations, shared keywords, same department and period), with a
// more_like_this over title and body inside the keyword step; Suggest reads
// the keywords' edge-ngram subfield and noun prefixes and counts them with
// terms aggregations. Keywords, nouns and citations are computed with
// package keywords at index time, exactly as the Bleve adapter does.
//
// # Tests without a cluster
//
// No OpenSearch can run on our machines. The tests load the official API
// specification (../shared/opensearch/opensearch-openapi-2.19.yaml, or
// $PLAZA_OPENSEARCH_SPEC) once per test binary (TestMain) and send every
// request through ostest.Server, which validates it (kin-openapi for the
// route and parameters, the body's JSON Schema 2020-12 compiled once, NDJSON
// line by line) and fails the test on a violation; behind it
// ostest.Emulator executes the query DSL subset over in-memory documents,
// which lets the shared contract suite (searchtest) run against this
// adapter. See package ostest for the patches applied to the specification
// in memory. Without the file the tests skip with a message saying where to
// get it; under CI=true they fail.
package opensearch
