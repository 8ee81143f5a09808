package docset

// Helpers the templates share.

// hon is a name with an honorific or form of address: 홍길동 님,
// 홍길동님, 홍길동 씨, 홍길동 귀하.
func (b *builder) hon(p *person, h string) []seg {
	sep := " "
	if h == "님" && b.chance(0.4) {
		sep = ""
	}
	name := b.nm(p, "honorific:"+h)
	if p.f != nil && b.chance(0.5) {
		name = b.nmK(p, "honorific:"+h)
	}
	return []seg{name, plain(sep + h)}
}

// zip is a postcode for a citizen's area: public on its own, not labelled.
func (b *builder) zip(p *person) string {
	switch p.addr.area {
	case "031":
		return "1" + itoa(b.intn(9)) + digits(b.r, 3)
	case "032":
		return "2" + itoa(1+b.intn(3)) + digits(b.r, 3)
	}
	return "0" + itoa(1+b.intn(8)) + digits(b.r, 3)
}

// masking runs f as if the document were clean: what f plants is masked
// the way staff mask it. Dirty documents mix such rows with unmasked ones.
func (b *builder) masking(f func()) {
	c := b.clean
	b.clean = true
	f()
	b.clean = c
}

// people makes n residents: mostly citizens, and as in Seoul's population
// now and then a foreign resident.
func (b *builder) people(n, minAge, maxAge int) []*person {
	out := make([]*person, n)
	for i := range out {
		if b.chance(0.04) {
			out[i] = b.newForeigner()
			continue
		}
		out[i] = b.newPerson(minAge, maxAge)
	}
	return out
}

// nameList writes names joined by commas or middle dots: 김철수, 이영희,
// 박민수.
func (b *builder) nameList(ps []*person, quals ...string) []seg {
	sep := pickOf(b.r, ", ", ", ", "·", " · ", ",")
	var out []seg
	for i, p := range ps {
		if i > 0 {
			out = append(out, plain(sep))
		}
		out = append(out, b.nm(p, quals...))
	}
	return out
}

// amountOf draws an amount rounded to a unit.
func (b *builder) amountOf(lo, hi, unit int) int {
	return (lo + b.intn(hi-lo+1)) / unit * unit
}

// Asides staff add to a body; their words start with surname syllables
// (김장, 박람회, 고소…) and are hard negatives.
var asides = [2][]string{
	{
		"※ 동 주민센터 ⟦김장⟧ 나눔 행사와 일정이 겹치지 않도록 ⟦조정⟧함",
		"※ 구민 일자리 ⟦박람회⟧ 기간에는 청사 주차장 이용이 제한됨",
		"※ 관련 ⟦고소⟧·고발 사건이 진행 중인 경우 처리 기간이 연장될 수 있음",
		"※ 세부 ⟦정산⟧ 내역은 회계 ⟦마감⟧ 후 별도 보고",
	},
	{
		"※ 경로당 ⟦김장⟧ 지원 사업은 별도 계획에 따름",
		"※ 도시농업 ⟦박람회⟧ 개최 기간 중 현장 ⟦방문⟧ 일정 ⟦조율⟧ 필요",
		"※ 민원인이 ⟦고소⟧를 예고한 사안은 법무팀과 사전 협의",
		"※ 사업비 집행 ⟦한도⟧ 초과 시 ⟦추경⟧ 예산에 반영",
	},
}

// aside sometimes writes one of the asides.
func (b *builder) aside() {
	if b.chance(0.35) {
		b.line("body", byHalf(b, asides))
	}
}

// byHalf picks the Dev or the Holdout member of a pair of pools.
func byHalf[T any](b *builder, pools [2][]T) T {
	return pick(b.r, pools[b.split])
}
