// Package hwpx extracts the text of HWPX documents: a zip of OWPML XML
// (KS X 6101) written by Hancom Office 2010 and later. The sections are
// read in the order of the spine in Contents/content.hpf.
package hwpx

import (
	"bytes"
	"context"
	"encoding/xml"
	"path"
	"sort"
	"strconv"
	"strings"

	"github.com/seoul-plaza/plaza/shared/extract/internal/guard"
	"github.com/seoul-plaza/plaza/shared/extract/internal/out"
	"github.com/seoul-plaza/plaza/shared/extract/internal/reason"
	"github.com/seoul-plaza/plaza/shared/extract/internal/xmltext"
)

// MimeType is the content of the mimetype entry of an HWPX zip.
const MimeType = "application/hwp+zip"

// Limits bounds the work on one file.
type Limits struct {
	Zip     guard.ZipLimits
	MaxText int
}

// IsHWPX reports whether the zip z looks like an HWPX package.
func IsHWPX(z *guard.Zip) bool {
	if b, err := z.ReadFile("mimetype"); err == nil && strings.TrimSpace(string(b)) == MimeType {
		return true
	}
	return z.Has("Contents/content.hpf")
}

var vocab = xmltext.Vocab{
	Para: "p", Text: "t", Table: "tbl", Row: "tr", Cell: "tc", Tab: "tab",
	Breaks: map[string]bool{"lineBreak": true},
	Spaces: map[string]bool{"nbSpace": true, "fwSpace": true},
	// hp:switch holds hp:case alternatives and an hp:default fallback with
	// the same content; reading both would double the text.
	Skip: map[string]bool{"default": true},
}

// Extract returns the text of the HWPX document in data.
func Extract(ctx context.Context, data []byte, lim Limits) (out.Doc, error) {
	z, err := guard.OpenZip(ctx, data, lim.Zip)
	if err != nil {
		return out.Doc{}, err
	}
	return FromZip(ctx, z, lim)
}

// FromZip is Extract on an archive already opened.
func FromZip(ctx context.Context, z *guard.Zip, lim Limits) (out.Doc, error) {
	if m, err := z.ReadFile("META-INF/manifest.xml"); err != nil {
		return out.Doc{}, err
	} else if bytes.Contains(m, []byte("encryption-data")) {
		return out.Doc{}, reason.New(reason.Encrypted, "HWPX document is password-encrypted")
	}
	pkg, err := readPackage(z)
	if err != nil {
		return out.Doc{}, err
	}
	sections := pkg.sections()
	if len(sections) == 0 {
		sections = fallbackSections(z)
	}
	if len(sections) == 0 {
		return out.Doc{}, reason.New(reason.Corrupt, "HWPX package has no section")
	}
	b := out.New(lim.MaxText)
	t := guard.NewTicker(ctx)
	for _, name := range sections {
		rc, err := z.Open(name)
		if err != nil {
			return out.Doc{}, err
		}
		if rc == nil {
			return out.Doc{}, reason.New(reason.Corrupt, "HWPX section %s is missing", name)
		}
		b.Begin("section")
		err = xmltext.Walk(rc, &vocab, b, t)
		rc.Close()
		if err != nil {
			return out.Doc{}, err
		}
		b.End()
	}
	d, err := b.Finish()
	d.Meta = map[string]string{"sections": strconv.Itoa(len(sections))}
	if pkg.Title != "" {
		d.Meta["title"] = strings.TrimSpace(pkg.Title)
	}
	return d, err
}

// opf is the part of content.hpf (an OPF package document) we read.
type opf struct {
	Title    string `xml:"metadata>title"`
	Manifest []struct {
		ID   string `xml:"id,attr"`
		Href string `xml:"href,attr"`
	} `xml:"manifest>item"`
	Spine []struct {
		IDRef string `xml:"idref,attr"`
	} `xml:"spine>itemref"`
}

func readPackage(z *guard.Zip) (opf, error) {
	var p opf
	raw, err := z.ReadFile("Contents/content.hpf")
	if err != nil || raw == nil {
		return p, err
	}
	if err := xml.Unmarshal(raw, &p); err != nil {
		return p, reason.New(reason.Corrupt, "HWPX content.hpf: %v", err)
	}
	return p, nil
}

// sections lists the section parts in spine order.
func (p opf) sections() []string {
	href := make(map[string]string, len(p.Manifest))
	for _, it := range p.Manifest {
		href[it.ID] = it.Href
	}
	var names []string
	seen := map[string]bool{}
	for _, ref := range p.Spine {
		h := href[ref.IDRef]
		if isSection(h) && !seen[h] {
			seen[h] = true
			names = append(names, h)
		}
	}
	return names
}

func isSection(name string) bool {
	base := path.Base(name)
	return strings.HasPrefix(base, "section") && strings.HasSuffix(base, ".xml")
}

// fallbackSections lists Contents/sectionN.xml in numeric order, for
// packages without a usable spine.
func fallbackSections(z *guard.Zip) []string {
	var names []string
	for _, f := range z.List {
		if path.Dir(f.Name) == "Contents" && isSection(f.Name) {
			names = append(names, f.Name)
		}
	}
	num := func(s string) int {
		n, _ := strconv.Atoi(strings.TrimSuffix(strings.TrimPrefix(path.Base(s), "section"), ".xml"))
		return n
	}
	sort.Slice(names, func(i, j int) bool { return num(names[i]) < num(names[j]) })
	return names
}
