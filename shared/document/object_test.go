package document

import "testing"

func TestStagedKeyRoundTrip(t *testing.T) {
	k := Key{Org: "6110000", ID: "DOC-2026.1"}
	cases := []struct {
		name    string
		key     string
		want    Key
		version int
		ok      bool
	}{
		{"built", StagedKey(k, 3), k, 3, true},
		{"large version", StagedKey(k, 123456), k, 123456, true},
		{"version zero", "staged/6110000/DOC-2026.1/v0.json", Key{}, 0, false},
		{"negative", "staged/6110000/DOC-2026.1/v-1.json", Key{}, 0, false},
		{"plus sign", "staged/6110000/DOC-2026.1/v+1.json", Key{}, 0, false},
		{"leading zero", "staged/6110000/DOC-2026.1/v01.json", Key{}, 0, false},
		{"trailing text", "staged/6110000/DOC-2026.1/v1.jsonx", Key{}, 0, false},
		{"no v", "staged/6110000/DOC-2026.1/1.json", Key{}, 0, false},
		{"too deep", "staged/6110000/a/b/v1.json", Key{}, 0, false},
		{"too shallow", "staged/6110000/v1.json", Key{}, 0, false},
		{"dot dot", "staged/6110000/../v1.json", Key{}, 0, false},
		{"other prefix", WithheldKey(k, 3), Key{}, 0, false},
		{"empty", "", Key{}, 0, false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, v, ok := ParseStagedKey(c.key)
			if got != c.want || v != c.version || ok != c.ok {
				t.Errorf("ParseStagedKey(%q) = %v, %d, %v; want %v, %d, %v", c.key, got, v, ok, c.want, c.version, c.ok)
			}
		})
	}
}

func TestPublicKeyRoundTrip(t *testing.T) {
	k := Key{Org: "6110000", ID: "a.b-c_d"}
	cases := []struct {
		name string
		key  string
		want Key
		ok   bool
	}{
		{"built", PublicKey(k), k, true},
		{"no suffix", "documents/6110000/abc", Key{}, false},
		{"empty id", "documents/6110000/.json", Key{}, false},
		{"nested", "documents/6110000/x/abc.json", Key{}, false},
		{"bad org", "documents/61 10/abc.json", Key{}, false},
		{"staged", StagedKey(k, 1), Key{}, false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, ok := ParsePublicKey(c.key)
			if ok != c.ok || (ok && got != c.want) {
				t.Errorf("ParsePublicKey(%q) = %v, %v; want %v, %v", c.key, got, ok, c.want, c.ok)
			}
		})
	}
}

func TestMaskKeyRoundTrip(t *testing.T) {
	k := Key{Org: "6110000", ID: "D1"}
	cases := []struct {
		name   string
		key    string
		want   Key
		report string
		ok     bool
	}{
		{"built", MaskKey(k, "r-123"), k, "r-123", true},
		{"no report", "masks/6110000/D1/.json", Key{}, "", false},
		{"no suffix", "masks/6110000/D1/r-123", Key{}, "", false},
		{"prefix only", MaskPrefix(k), Key{}, "", false},
		{"too deep", "masks/6110000/D1/r/x.json", Key{}, "", false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, report, ok := ParseMaskKey(c.key)
			if got != c.want || report != c.report || ok != c.ok {
				t.Errorf("ParseMaskKey(%q) = %v, %q, %v; want %v, %q, %v", c.key, got, report, ok, c.want, c.report, c.ok)
			}
		})
	}
}

// FuzzParseStagedKey checks that the parser accepts only what the builder
// makes: whatever it reads, building the key again gives the same key.
func FuzzParseStagedKey(f *testing.F) {
	for _, s := range []string{"staged/6110000/D1/v1.json", "staged/a/b/v01.json", "staged//x/v1.json", "staged/a/b/v9999999999999999999.json"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, key string) {
		if k, v, ok := ParseStagedKey(key); ok && StagedKey(k, v) != key {
			t.Fatalf("%q parsed as %v v%d, which builds %q", key, k, v, StagedKey(k, v))
		}
		if k, ok := ParsePublicKey(key); ok && PublicKey(k) != key {
			t.Fatalf("%q parsed as %v, which builds %q", key, k, PublicKey(k))
		}
		if k, r, ok := ParseMaskKey(key); ok && MaskKey(k, r) != key {
			t.Fatalf("%q parsed as %v %q, which builds %q", key, k, r, MaskKey(k, r))
		}
	})
}
