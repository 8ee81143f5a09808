// Package inquiry is the "Ask" button of Plaza: a citizen's question about
// a published document (or a closed one listed by its metadata, where the
// question is a request for disclosure) goes to the officers of the
// document's department; the citizen is told at every step by e-mail and
// SMS; the monitor reminds, escalates and, a year after closing, deletes
// the contact data; the answer appears, masked, on the document page.
//
// # Lifecycle
//
// States: received → assigned → in_progress → answered → closed, and
// extended (once, with a reason). Next and Inquiry.Apply are the state
// machine; an illegal transition is a Problem with code
// inquiry.illegal_transition (409). Deadlines follow the Official
// Information Disclosure Act (Art. 11): a decision within 10 days of
// receipt, extendable once by 10 days with notice; see Calendar.
//
// # Ports and adapters
//
//   - The stores, each defined by its user: ServiceStore (Records and
//     Counter), NotifierStore (events, message claims), MonitorStore
//     (watched inquiries, alerts) and Secrets (LoadBlinder). One adapter
//     implements them all: inquiry/bolt (one machine), inquiry/dynamodb
//     (AWS; its package comment gives the table's key schema and
//     indexes); inquirytest is their contract suite. Every change is
//     stored together with the Event it raises (a transactional outbox),
//     so a notice is never lost and never invented.
//   - Sealer: Local (AES-256-GCM, a key file) and inquiry/kms. Contact
//     data is only ever stored sealed, bound to its inquiry.
//   - Blinder: keyed digests of contacts and client addresses for rate
//     limits; its key is made once, sealed, and kept in the store.
//   - Directories: per organization (FromOrgs), department code →
//     officers and head, the fallback office and the privacy officer,
//     from the organizations' files (shared/org), their one source on
//     one machine and on AWS alike (the functions carry the files).
//     Department codes repeat across organizations, so every lookup
//     names the inquiry's organization first; unknown codes fall back to
//     that organization's information disclosure office and are flagged;
//     an organization the deployment does not have routes nowhere.
//   - notify.Mailer and notify.Texter: the Notifier sends each message at
//     most once, keyed inquiry/<id>/<event>/<version>/<channel>-<role>.
//
// # Wiring
//
// One machine (infra/local): a bolt.Store on <data>/inquiries.db, the key
// file <data>/keys/inquiry.key, the outbox folder; the Service's Dispatch
// is Notifier.Deliver (notices go out during the request), and the
// stack's ticker calls Monitor.Run.
//
// AWS: the api function builds the Service with a dynamodb.Store, a
// kms.Sealer and no Dispatch; the table's stream (NEW_IMAGE, filtered to
// INSERTs of sk beginning "EVT#") triggers the notify function, whose
// handler is dynamodb.StreamHandler(notifier); SES bounce and complaint
// events reach the same function and go through BounceKeys to
// Notifier.Bounced; the monitor function runs Monitor.Run on a schedule.
//
// # Service
//
// Service is the domain apart from HTTP: Consent, Ask, Track and QA for
// citizens; List, Get and Act for staff. It returns values, or a
// *document.Problem whose Kind the edge maps to a status (a Throttled
// refusal also says when to try again). shared/api decodes and encodes
// the routes (POST /api/inquiries, GET /api/inquiries/{id}?token=, GET
// /api/inquiries/consent, GET /api/documents/{id}/qa and the staff routes
// under /api/staff/inquiries) and describes them in its openapi.yaml.
// Every notice is signed by the inquiry's organization (its branding
// name). Contact data is never logged and never returned by a public
// route; staff see it masked, and only for their own organization's
// department (an organization's admin: every department of it; a
// city-wide admin: every organization's).
package inquiry
