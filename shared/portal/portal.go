// Package portal is the citizens' web page: plain HTML, one small script and
// one stylesheet, in Korean, embedded in the binary. It talks only to the
// public JSON API and renders every value as text, never as markup.
package portal

import (
	"embed"
	"io/fs"
	"net/http"
)

//go:embed static
var files embed.FS

// FS returns the portal's files (index.html, app.js, app.css at the root),
// for a deployment that serves them from a bucket instead.
func FS() fs.FS {
	sub, err := fs.Sub(files, "static")
	if err != nil {
		panic(err) // the embedded tree is fixed at build time
	}
	return sub
}

// EnglishPage is the portal with an English interface (?lang=en on any
// page does the same); the documents stay in Korean.
const EnglishPage = "/en/"

// StaffPage is the staff console's page, where the staff sign-in returns.
const StaffPage = "/staff/"

// Handler serves index.html at / and /en/, the staff page at /staff/ (from
// staff/index.html, as the site bucket holds it) and the assets under
// /static/.
func Handler() http.Handler {
	static := http.StripPrefix("/static/", http.FileServerFS(FS()))
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		// Short caching: a new deployment must show up within minutes.
		w.Header().Set("Cache-Control", "public, max-age=300")
		switch r.URL.Path {
		case "/", EnglishPage:
			// One page for both languages: its script reads the path.
			http.ServeFileFS(w, r, FS(), "index.html")
			return
		case "/en":
			http.Redirect(w, r, EnglishPage, http.StatusMovedPermanently)
			return
		case StaffPage:
			http.ServeFileFS(w, r, FS(), "staff/index.html")
			return
		case "/staff":
			http.Redirect(w, r, StaffPage, http.StatusMovedPermanently)
			return
		}
		if r.URL.Path == "/static/" || r.URL.Path == "/static/index.html" {
			http.Redirect(w, r, "/", http.StatusMovedPermanently)
			return
		}
		static.ServeHTTP(w, r)
	})
}
