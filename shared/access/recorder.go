package access

import "net/http"

// Recorder wraps a ResponseWriter and remembers the status and size of
// the response, which an access-log line reports.
type Recorder struct {
	http.ResponseWriter
	Status, Bytes int
}

// WriteHeader records the first status written.
func (w *Recorder) WriteHeader(code int) {
	if w.Status == 0 {
		w.Status = code
	}
	w.ResponseWriter.WriteHeader(code)
}

// Write records 200 if no status was written, and counts the bytes.
func (w *Recorder) Write(b []byte) (int, error) {
	if w.Status == 0 {
		w.Status = http.StatusOK
	}
	n, err := w.ResponseWriter.Write(b)
	w.Bytes += n
	return n, err
}

// Unwrap lets http.ResponseController reach the wrapped writer.
func (w *Recorder) Unwrap() http.ResponseWriter { return w.ResponseWriter }
