// Package docx extracts the text of Word documents (Office Open XML,
// WordprocessingML): the paragraphs and tables of the main document part,
// then its footnotes and endnotes. Deleted revisions and the fallback copies
// of alternate content are left out.
package docx

import (
	"context"
	"encoding/xml"
	"path"
	"strings"

	"github.com/seoul-plaza/plaza/shared/extract/internal/guard"
	"github.com/seoul-plaza/plaza/shared/extract/internal/out"
	"github.com/seoul-plaza/plaza/shared/extract/internal/reason"
	"github.com/seoul-plaza/plaza/shared/extract/internal/xmltext"
)

// Limits bounds the work on one file.
type Limits struct {
	Zip     guard.ZipLimits
	MaxText int
}

const officeDocument = "/officeDocument"

var vocab = xmltext.Vocab{
	Para: "p", Text: "t", Inline: "r", Table: "tbl", Row: "tr", Cell: "tc", Tab: "tab",
	Breaks: map[string]bool{"br": true, "cr": true},
	Skip:   map[string]bool{"Fallback": true, "del": true, "moveFrom": true},
}

// IsDOCX reports whether the zip z holds a WordprocessingML document.
func IsDOCX(z *guard.Zip) bool {
	name, _ := mainPart(z)
	return z.Has(name)
}

// Extract returns the text of the DOCX document in data.
func Extract(ctx context.Context, data []byte, lim Limits) (out.Doc, error) {
	z, err := guard.OpenZip(ctx, data, lim.Zip)
	if err != nil {
		return out.Doc{}, err
	}
	return FromZip(ctx, z, lim)
}

// FromZip is Extract on an archive already opened.
func FromZip(ctx context.Context, z *guard.Zip, lim Limits) (out.Doc, error) {
	main, err := mainPart(z)
	if err != nil {
		return out.Doc{}, err
	}
	if main == "" || !z.Has(main) {
		return out.Doc{}, reason.New(reason.Corrupt, "DOCX has no main document part")
	}
	dir := path.Dir(main)
	b := out.New(lim.MaxText)
	t := guard.NewTicker(ctx)
	for _, name := range []string{main, path.Join(dir, "footnotes.xml"), path.Join(dir, "endnotes.xml")} {
		rc, err := z.Open(name)
		if err != nil {
			return out.Doc{}, err
		}
		if rc == nil {
			continue
		}
		err = xmltext.Walk(rc, &vocab, b, t)
		rc.Close()
		if err != nil {
			return out.Doc{}, err
		}
		b.Break()
	}
	d, err := b.Finish()
	d.Meta = map[string]string{}
	if title := coreTitle(z); title != "" {
		d.Meta["title"] = title
	}
	return d, err
}

// mainPart finds the office document through the package relationships.
func mainPart(z *guard.Zip) (string, error) {
	raw, err := z.ReadFile("_rels/.rels")
	if err != nil || raw == nil {
		return "word/document.xml", err
	}
	var rels struct {
		Rel []struct {
			Type   string `xml:"Type,attr"`
			Target string `xml:"Target,attr"`
		} `xml:"Relationship"`
	}
	if err := xml.Unmarshal(raw, &rels); err != nil {
		return "", reason.New(reason.Corrupt, "DOCX relationships: %v", err)
	}
	for _, r := range rels.Rel {
		if strings.HasSuffix(r.Type, officeDocument) {
			return strings.TrimPrefix(path.Clean("/"+r.Target), "/"), nil
		}
	}
	return "word/document.xml", nil
}

func coreTitle(z *guard.Zip) string {
	raw, err := z.ReadFile("docProps/core.xml")
	if err != nil || raw == nil {
		return ""
	}
	var core struct {
		Title string `xml:"title"`
	}
	if xml.Unmarshal(raw, &core) != nil {
		return ""
	}
	return strings.TrimSpace(core.Title)
}
