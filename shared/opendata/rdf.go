package opendata

import (
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"strings"
)

// A small RDF graph, written as JSON-LD or Turtle by hand: the api
// function stays small (no RDF library), and both serializations come
// from the same triples, so they always give the same graph.

// prefixes are the vocabularies used, in the order Turtle lists them.
var prefixes = [][2]string{
	{"adms", "http://www.w3.org/ns/adms#"},
	{"dcat", "http://www.w3.org/ns/dcat#"},
	{"dct", "http://purl.org/dc/terms/"},
	{"foaf", "http://xmlns.com/foaf/0.1/"},
	{"hydra", "http://www.w3.org/ns/hydra/core#"},
	{"owl", "http://www.w3.org/2002/07/owl#"},
	{"rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#"},
	{"vcard", "http://www.w3.org/2006/vcard/ns#"},
	{"xsd", "http://www.w3.org/2001/XMLSchema#"},
}

// object is an IRI or a literal (with a language or a datatype, both
// compact: "xsd:dateTime").
type object struct {
	iri      string
	value    string
	lang     string
	datatype string
}

func iri(s string) object             { return object{iri: s} }
func lit(s string) object             { return object{value: s} }
func ko(s string) object              { return object{value: s, lang: "ko"} }
func typed(s, datatype string) object { return object{value: s, datatype: datatype} }
func isIRI(o object) bool             { return o.iri != "" }

// node is one subject with its properties (compact predicate names), in
// the order they were added.
type node struct {
	id    string
	types []string
	props []prop
}

type prop struct {
	pred string
	objs []object
}

func (n *node) add(pred string, objs ...object) {
	for i := range n.props {
		if n.props[i].pred == pred {
			n.props[i].objs = append(n.props[i].objs, objs...)
			return
		}
	}
	n.props = append(n.props, prop{pred, objs})
}

// graph is a list of nodes; a subject appears once.
type graph struct{ nodes []*node }

func (g *graph) node(id string, types ...string) *node {
	for _, n := range g.nodes {
		if n.id == id {
			for _, t := range types {
				if !slices.Contains(n.types, t) {
					n.types = append(n.types, t)
				}
			}
			return n
		}
	}
	n := &node{id: id, types: types}
	g.nodes = append(g.nodes, n)
	return n
}

// jsonld writes the graph as JSON-LD with an inline context (no remote
// context to fetch): prefixes only, every value explicit.
func (g *graph) jsonld(w io.Writer) error {
	ctx := map[string]string{}
	for _, p := range prefixes {
		ctx[p[0]] = p[1]
	}
	nodes := make([]map[string]any, 0, len(g.nodes))
	for _, n := range g.nodes {
		m := map[string]any{"@id": n.id}
		if len(n.types) > 0 {
			m["@type"] = n.types
		}
		for _, p := range n.props {
			vals := make([]map[string]string, 0, len(p.objs))
			for _, o := range p.objs {
				switch {
				case isIRI(o):
					vals = append(vals, map[string]string{"@id": o.iri})
				case o.lang != "":
					vals = append(vals, map[string]string{"@value": o.value, "@language": o.lang})
				case o.datatype != "":
					vals = append(vals, map[string]string{"@value": o.value, "@type": o.datatype})
				default:
					vals = append(vals, map[string]string{"@value": o.value})
				}
			}
			m[p.pred] = vals
		}
		nodes = append(nodes, m)
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	return enc.Encode(map[string]any{"@context": ctx, "@graph": nodes})
}

// turtle writes the graph as Turtle.
func (g *graph) turtle(w io.Writer) error {
	var b strings.Builder
	for _, p := range prefixes {
		fmt.Fprintf(&b, "@prefix %s: <%s> .\n", p[0], p[1])
	}
	for _, n := range g.nodes {
		b.WriteString("\n" + ttlIRI(n.id))
		var parts []string
		if len(n.types) > 0 {
			parts = append(parts, " a "+strings.Join(n.types, ", "))
		}
		for _, p := range n.props {
			objs := make([]string, 0, len(p.objs))
			for _, o := range p.objs {
				objs = append(objs, ttlObject(o))
			}
			parts = append(parts, " "+p.pred+" "+strings.Join(objs, ",\n        "))
		}
		b.WriteString(strings.Join(parts, " ;\n   ") + " .\n")
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// ttlIRI writes an IRI, escaping what Turtle does not allow in one (our
// IRIs are URL-escaped already; this is a guard).
func ttlIRI(s string) string {
	var b strings.Builder
	b.WriteByte('<')
	for _, c := range s {
		if c <= 0x20 || strings.ContainsRune("<>\"{}|^`\\", c) {
			fmt.Fprintf(&b, "%%%02X", c)
			continue
		}
		b.WriteRune(c)
	}
	b.WriteByte('>')
	return b.String()
}

func ttlObject(o object) string {
	if isIRI(o) {
		return ttlIRI(o.iri)
	}
	s := ttlString(o.value)
	switch {
	case o.lang != "":
		return s + "@" + o.lang
	case o.datatype != "":
		return s + "^^" + o.datatype
	}
	return s
}

func ttlString(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, c := range s {
		switch c {
		case '"':
			b.WriteString(`\"`)
		case '\\':
			b.WriteString(`\\`)
		case '\n':
			b.WriteString(`\n`)
		case '\r':
			b.WriteString(`\r`)
		case '\t':
			b.WriteString(`\t`)
		default:
			if c < 0x20 || c == 0x7f {
				fmt.Fprintf(&b, `\u%04X`, c)
				continue
			}
			b.WriteRune(c)
		}
	}
	b.WriteByte('"')
	return b.String()
}
