// Package backfill uploads a city's archive into the inbox: envelope
// folders found in a folder tree or listed in a manifest (CSV or JSONL),
// each document's files first and its envelope last, as internal systems
// must, with bounded concurrency, an optional rate limit and a checkpoint
// file so that an interrupted run resumes where it stopped. The local
// stack's put command and the AWS backfill command (infra/ops) run it over
// their own Uploader.
package backfill

import (
	"bytes"
	"crypto/sha256"
	"encoding/csv"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"

	"github.com/seoul-plaza/plaza/shared/document"
	"github.com/seoul-plaza/plaza/shared/pipeline"
)

// File is one file of a document: its key under the document's inbox
// folder, and where it is on disk.
type File struct {
	Key  string // relative to the document's folder, with '/'
	Path string
	Size int64
}

// Doc is one document to upload.
type Doc struct {
	// Name is the document's inbox folder: its envelope's id when that is
	// a usable one, else the name of its folder.
	Name string
	// Envelope is the envelope's path on disk.
	Envelope string
	// Version is the version the envelope claims (0 when unreadable).
	Version int
	// Org is the organization code the envelope names ("" for the
	// deployment's default).
	Org string
	// Digest is the SHA-256 of the envelope's bytes: a checkpoint entry
	// stands for this content only, so a changed envelope is sent again.
	Digest string
	// Files are sent before the envelope.
	Files []File
}

// Size is the number of bytes the document's objects hold.
func (d Doc) Size() int64 {
	var n int64
	for _, f := range d.Files {
		n += f.Size
	}
	return n
}

// head reads what the uploader needs of an envelope: its id, version and
// the keys of the files it names. The pipeline validates it; a broken one
// is still sent, and ingest rejects it with its reason.
func head(p string) (name, org string, version int, digest string, keys []string, err error) {
	b, err := os.ReadFile(p)
	if err != nil {
		return "", "", 0, "", nil, err
	}
	sum := sha256.Sum256(b)
	var h struct {
		ID      string `json:"id"`
		Version int    `json:"version"`
		Org     *struct {
			Code string `json:"code"`
		} `json:"organization"`
		Files []struct {
			Key string `json:"key"`
		} `json:"files"`
	}
	if json.Unmarshal(bytes.TrimPrefix(b, []byte("\xef\xbb\xbf")), &h) == nil && document.ValidID(h.ID) {
		name = h.ID
	}
	for _, f := range h.Files {
		keys = append(keys, f.Key)
	}
	if h.Org != nil && document.ValidID(h.Org.Code) {
		org = h.Org.Code
	}
	return name, org, h.Version, hex.EncodeToString(sum[:]), keys, nil
}

// regular refuses what must not be uploaded: a link (it would copy the
// file it points to, perhaps far outside the folder), a FIFO or a device.
func regular(p string, d fs.DirEntry) error {
	if d.IsDir() || d.Type().IsRegular() {
		return nil
	}
	return fmt.Errorf("%s is not a regular file (%s); only regular files and folders are uploaded", p, d.Type())
}

// Tree finds every envelope under root: each document is the folder that
// holds an envelope.json, with every regular file under it.
func Tree(root string) ([]Doc, error) {
	var envs []string
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if err := regular(p, d); err != nil {
			return err
		}
		if !d.IsDir() && d.Name() == pipeline.EnvelopeName {
			envs = append(envs, p)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	if len(envs) == 0 {
		return nil, fmt.Errorf("no %s under %s", pipeline.EnvelopeName, root)
	}
	sort.Strings(envs)
	docs := make([]Doc, 0, len(envs))
	for _, env := range envs {
		dir := filepath.Dir(env)
		d, err := newDoc(env)
		if err != nil {
			return nil, err
		}
		err = filepath.WalkDir(dir, func(p string, e fs.DirEntry, err error) error {
			if err != nil || e.IsDir() || p == env {
				return err
			}
			if err := regular(p, e); err != nil {
				return err
			}
			rel, err := filepath.Rel(dir, p)
			if err != nil {
				return err
			}
			info, err := e.Info()
			if err != nil {
				return err
			}
			d.Files = append(d.Files, File{Key: filepath.ToSlash(rel), Path: p, Size: info.Size()})
			return nil
		})
		if err != nil {
			return nil, fmt.Errorf("%s: %w", dir, err)
		}
		docs = append(docs, d)
	}
	return docs, nil
}

func newDoc(env string) (Doc, error) {
	name, org, version, digest, _, err := head(env)
	if err != nil {
		return Doc{}, err
	}
	if name == "" {
		name = filepath.Base(filepath.Dir(env))
	}
	if !document.ValidID(name) {
		return Doc{}, fmt.Errorf("%s: cannot name an inbox folder after %q", filepath.Dir(env), name)
	}
	return Doc{Name: name, Envelope: env, Version: version, Org: org, Digest: digest}, nil
}

// Row is one line of a manifest: an envelope's path, relative to the
// manifest's folder unless absolute, and optionally its files' paths
// relative to the envelope's folder. Without files, the files the
// envelope names (files[].key) are sent.
type Row struct {
	Envelope string   `json:"envelope"`
	Files    []string `json:"files,omitempty"`
}

// Manifest reads a manifest: JSONL (one Row per line) when its name ends
// in .jsonl or .ndjson, else CSV with a header naming the columns
// envelope and, optionally, files (separated by '|').
func Manifest(p string) ([]Doc, error) {
	f, err := os.Open(p)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var rows []Row
	switch strings.ToLower(filepath.Ext(p)) {
	case ".jsonl", ".ndjson":
		rows, err = jsonlRows(f)
	default:
		rows, err = csvRows(f)
	}
	if err != nil {
		return nil, fmt.Errorf("%s: %w", p, err)
	}
	if len(rows) == 0 {
		return nil, fmt.Errorf("%s lists no envelope", p)
	}
	base := filepath.Dir(p)
	docs := make([]Doc, 0, len(rows))
	for i, r := range rows {
		d, err := manifestDoc(base, r)
		if err != nil {
			return nil, fmt.Errorf("%s: entry %d: %w", p, i+1, err)
		}
		docs = append(docs, d)
	}
	return docs, nil
}

func jsonlRows(r io.Reader) ([]Row, error) {
	dec := json.NewDecoder(r)
	var rows []Row
	for {
		var row Row
		err := dec.Decode(&row)
		if errors.Is(err, io.EOF) {
			return rows, nil
		}
		if err != nil {
			return nil, fmt.Errorf("entry %d: %w", len(rows)+1, err)
		}
		rows = append(rows, row)
	}
}

func csvRows(r io.Reader) ([]Row, error) {
	cr := csv.NewReader(r)
	cr.FieldsPerRecord = -1
	recs, err := cr.ReadAll()
	if err != nil {
		return nil, err
	}
	if len(recs) == 0 {
		return nil, nil
	}
	envCol, filesCol := -1, -1
	for i, h := range recs[0] {
		switch strings.TrimSpace(strings.ToLower(strings.TrimPrefix(h, "\ufeff"))) {
		case "envelope":
			envCol = i
		case "files":
			filesCol = i
		}
	}
	if envCol < 0 {
		return nil, errors.New("the CSV header names no envelope column")
	}
	var rows []Row
	for _, rec := range recs[1:] {
		if envCol >= len(rec) || strings.TrimSpace(rec[envCol]) == "" {
			continue
		}
		row := Row{Envelope: strings.TrimSpace(rec[envCol])}
		if filesCol >= 0 && filesCol < len(rec) && strings.TrimSpace(rec[filesCol]) != "" {
			for _, f := range strings.Split(rec[filesCol], "|") {
				row.Files = append(row.Files, strings.TrimSpace(f))
			}
		}
		rows = append(rows, row)
	}
	return rows, nil
}

func manifestDoc(base string, r Row) (Doc, error) {
	env := r.Envelope
	if env == "" {
		return Doc{}, errors.New("no envelope")
	}
	if !filepath.IsAbs(env) {
		env = filepath.Join(base, env)
	}
	d, err := newDoc(env)
	if err != nil {
		return Doc{}, err
	}
	keys := r.Files
	if len(keys) == 0 {
		_, _, _, _, keys, _ = head(env)
	}
	dir := filepath.Dir(env)
	for _, k := range keys {
		// A key stays inside the document's folder: the inbox key is
		// built from it.
		clean := path.Clean(filepath.ToSlash(k))
		if k == "" || clean == "." || strings.HasPrefix(clean, "../") || clean == ".." || path.IsAbs(clean) || clean == pipeline.EnvelopeName {
			return Doc{}, fmt.Errorf("file %q is not a path inside the envelope's folder", k)
		}
		p := filepath.Join(dir, filepath.FromSlash(clean))
		info, err := os.Lstat(p)
		if err != nil {
			return Doc{}, err
		}
		if !info.Mode().IsRegular() {
			return Doc{}, fmt.Errorf("%s is not a regular file (%s)", p, info.Mode().Type())
		}
		d.Files = append(d.Files, File{Key: clean, Path: p, Size: info.Size()})
	}
	return d, nil
}
