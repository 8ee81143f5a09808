"""Parse Plaza's DCAT-AP 3 output with rdflib and check it.

Usage: dcat_check.py CATALOG.ttl CATALOG.jsonld [DATASET.jsonld ...]

Prints a JSON report: whether the Turtle and the JSON-LD give the same
graph, the problems found against DCAT-AP 3's mandatory classes and
properties, and what the Go test compares with the API (datasets, access
rights, distributions, Hydra links).
"""
import json
import sys

from rdflib import Graph, Namespace, URIRef
from rdflib.compare import isomorphic, graph_diff, to_isomorphic
from rdflib.namespace import RDF

DCAT = Namespace("http://www.w3.org/ns/dcat#")
DCT = Namespace("http://purl.org/dc/terms/")
FOAF = Namespace("http://xmlns.com/foaf/0.1/")
HYDRA = Namespace("http://www.w3.org/ns/hydra/core#")
VCARD = Namespace("http://www.w3.org/2006/vcard/ns#")
NON_PUBLIC = URIRef("http://publications.europa.eu/resource/authority/access-right/NON_PUBLIC")


def parse(path, fmt):
    g = Graph()
    with open(path, "rb") as f:
        g.parse(data=f.read(), format=fmt)
    return g


def check(g, problems):
    """DCAT-AP 3's mandatory properties of each class present."""
    cats = list(g.subjects(RDF.type, DCAT.Catalog))
    for c in cats:
        for p in (DCT.title, DCT.description, DCT.publisher):
            if g.value(c, p) is None:
                problems.append("catalog %s has no %s" % (c, p))
    for d in g.subjects(RDF.type, DCAT.Dataset):
        for p in (DCT.title, DCT.description):
            if g.value(d, p) is None:
                problems.append("dataset %s has no %s" % (d, p))
        if g.value(d, DCT.accessRights) is None:
            problems.append("dataset %s has no dct:accessRights" % d)
        for pub in g.objects(d, DCT.publisher):
            if (pub, RDF.type, FOAF.Agent) not in g or g.value(pub, FOAF.name) is None:
                problems.append("publisher %s is not a foaf:Agent with a foaf:name" % pub)
        for cp in g.objects(d, DCAT.contactPoint):
            if g.value(cp, VCARD.fn) is None:
                problems.append("contact point %s has no vcard:fn" % cp)
        for dist in g.objects(d, DCAT.distribution):
            if (dist, RDF.type, DCAT.Distribution) not in g:
                problems.append("distribution %s is not a dcat:Distribution" % dist)
            if g.value(dist, DCAT.accessURL) is None:
                problems.append("distribution %s has no dcat:accessURL" % dist)
        if g.value(d, DCT.accessRights) == NON_PUBLIC and g.value(d, DCAT.distribution) is not None:
            problems.append("non-public dataset %s has a distribution" % d)


def unix(lit):
    """A typed date-time literal as rdflib reads it, in Unix seconds."""
    if lit is None:
        return None
    v = lit.toPython()
    return int(v.timestamp()) if hasattr(v, "timestamp") else None


def main():
    ttl, jsonld = sys.argv[1], sys.argv[2]
    gt, gj = parse(ttl, "turtle"), parse(jsonld, "json-ld")
    out = {"same_graph": isomorphic(gt, gj), "triples": len(gt), "problems": []}
    if not out["same_graph"]:
        _, only_ttl, only_jsonld = graph_diff(to_isomorphic(gt), to_isomorphic(gj))
        out["only_ttl"] = sorted(str(t) for t in only_ttl)[:10]
        out["only_jsonld"] = sorted(str(t) for t in only_jsonld)[:10]
    check(gt, out["problems"])
    out["catalogs"] = len(list(gt.subjects(RDF.type, DCAT.Catalog)))
    datasets = {}
    for d in gt.subjects(RDF.type, DCAT.Dataset):
        datasets[str(d)] = {
            "identifier": str(gt.value(d, DCT.identifier)),
            "title": str(gt.value(d, DCT.title)),
            "access": str(gt.value(d, DCT.accessRights)),
            "issued_unix": unix(gt.value(d, DCT.issued)),
            "modified_unix": unix(gt.value(d, DCT.modified)),
            "distributions": sorted(str(gt.value(x, DCAT.downloadURL)) for x in gt.objects(d, DCAT.distribution)),
        }
    out["datasets"] = datasets
    view = {}
    for v in gt.subjects(RDF.type, HYDRA.PartialCollectionView):
        for name in ("first", "last", "next", "previous"):
            o = gt.value(v, HYDRA[name])
            if o is not None:
                view[name] = str(o)
    out["view"] = view
    total = next(gt.objects(None, HYDRA.totalItems), None)
    out["total"] = int(total) if total is not None else -1
    for extra in sys.argv[3:]:
        gd = parse(extra, "json-ld")
        check(gd, out["problems"])
        if len(list(gd.subjects(RDF.type, DCAT.Dataset))) != 1:
            out["problems"].append("%s does not hold one dataset" % extra)
        # Each dataset's own document says what the catalog says of it.
        for t in gd:
            if t not in gt and t[1] != HYDRA.view:
                out["problems"].append("%s: %s is not in the catalog" % (extra, t))
                break
    json.dump(out, sys.stdout, ensure_ascii=False)


main()
