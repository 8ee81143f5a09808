package subscription

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"html"
	"net/url"
	"slices"
	"strings"
	"time"

	"github.com/seoul-plaza/plaza/shared/inquiry"
	"github.com/seoul-plaza/plaza/shared/notify"
	"github.com/seoul-plaza/plaza/shared/search"
	"github.com/seoul-plaza/plaza/shared/storage"
)

// Searcher finds documents (search.Index).
type Searcher interface {
	Search(ctx context.Context, q search.Query) (search.Result, error)
}

// Claims reserve a message before it is sent and record it sent: the
// inquiry store's (a conditional write in DynamoDB, a bbolt transaction).
type Claims interface {
	Claim(ctx context.Context, key string, now time.Time, lease time.Duration) (inquiry.Claim, error)
	Finish(ctx context.Context, key string, sent bool) error
}

// MaxItems bounds the documents one digest lists.
const MaxItems = 30

// kst is Seoul's time, in which weeks start on Monday.
var kst = time.FixedZone("KST", 9*60*60)

// Week names the ISO week of t in Seoul ("2026-W50").
func Week(t time.Time) string {
	y, w := t.In(kst).ISOWeek()
	return fmt.Sprintf("%d-W%02d", y, w)
}

// DigestKey is the message key of a subscriber's digest of a week: the
// claim written before sending, and the mail's idempotency key.
func DigestKey(id, week string) string { return "digest/" + id + "/" + week }

// Report says what a digest run did. It counts; it names no one.
type Report struct {
	Week        string `json:"week"`
	Active      int    `json:"active"`
	Sent        int    `json:"sent"`
	AlreadySent int    `json:"already_sent"`
	NothingNew  int    `json:"nothing_new"`
	Failed      int    `json:"failed"`
}

// Digest sends every active subscriber the documents approved in the
// seven days before now that match their criteria, once per ISO week:
// run it weekly (an EventBridge schedule on AWS) or as often as you like
// (the local stack's ticker); a second run in the same week sends nothing.
func (s *Service) Digest(ctx context.Context) (Report, error) {
	if s.d.Search == nil || s.d.Claims == nil {
		return Report{}, errors.New("subscription: digest needs Search and Claims")
	}
	now := s.d.Now()
	rep := Report{Week: Week(now)}
	since := now.Add(-7 * 24 * time.Hour)
	found := map[string][]search.Hit{} // per criterion, shared by subscribers
	var recs []*Record
	err := s.d.Store.List(ctx, s.d.Bucket, Prefix, func(in storage.Info) error {
		id := strings.TrimSuffix(strings.TrimPrefix(in.Key, Prefix), ".json")
		r, err := s.read(ctx, id)
		if errors.Is(err, storage.ErrNotFound) {
			return nil // unsubscribed meanwhile
		}
		if err != nil {
			return err
		}
		recs = append(recs, r)
		return nil
	})
	if err != nil {
		return rep, fmt.Errorf("subscription: digest: %w", err)
	}
	var errs []error
	for _, r := range recs {
		if !r.Active {
			continue // not confirmed (yet): Purge deletes it after ConfirmTTL
		}
		rep.Active++
		hits, err := s.match(ctx, r.Criteria, since, found)
		if err != nil {
			errs = append(errs, err)
			rep.Failed++
			continue
		}
		if len(hits) == 0 {
			rep.NothingNew++
			continue
		}
		switch sent, err := s.sendDigest(ctx, r, rep.Week, hits); {
		case err != nil:
			errs = append(errs, err)
			rep.Failed++
		case sent:
			rep.Sent++
		default:
			rep.AlreadySent++
		}
	}
	s.d.Logger.Info("subscription digest", "week", rep.Week, "active", rep.Active, "sent", rep.Sent,
		"already_sent", rep.AlreadySent, "nothing_new", rep.NothingNew, "failed", rep.Failed)
	return rep, errors.Join(errs...)
}

// sendDigest claims the week's message, sends it, and settles the claim.
// It reports false when the digest went out before.
func (s *Service) sendDigest(ctx context.Context, r *Record, week string, hits []search.Hit) (bool, error) {
	key := DigestKey(r.ID, week)
	c, err := s.d.Claims.Claim(ctx, key, s.d.Now(), 5*time.Minute)
	if err != nil {
		return false, fmt.Errorf("subscription %s: claim: %w", r.ID, err)
	}
	switch c {
	case inquiry.Sent:
		return false, nil
	case inquiry.Busy:
		return false, fmt.Errorf("subscription %s: digest %s is being sent by another run", r.ID, week)
	}
	addr, err := s.address(ctx, r)
	if err == nil {
		var m notify.Mail
		if m, err = s.digestMail(addr, r, week, hits); err == nil {
			err = s.d.Mailer.Send(ctx, m)
		}
	}
	// A refused address will be refused again: settled as sent, logged.
	permanent := errors.Is(err, notify.ErrPermanent)
	if ferr := s.d.Claims.Finish(ctx, key, err == nil || permanent); ferr != nil && err == nil {
		s.d.Logger.Warn("digest sent but not recorded", "subscription", r.ID, "week", week, "error", ferr.Error())
	}
	if permanent {
		s.d.Logger.Warn("digest refused for good", "subscription", r.ID, "week", week, "error", err.Error())
		return false, nil
	}
	if err != nil {
		return false, fmt.Errorf("subscription %s: digest: %w", r.ID, err)
	}
	s.d.Logger.Info("digest sent", "subscription", r.ID, "week", week, "documents", len(hits))
	return true, nil
}

// match returns the documents approved since that match c, newest first.
func (s *Service) match(ctx context.Context, c Criteria, since time.Time, found map[string][]search.Hit) ([]search.Hit, error) {
	var qs []search.Query
	for _, k := range c.Keywords {
		qs = append(qs, search.Query{Text: k})
	}
	for _, d := range c.Departments {
		qs = append(qs, search.Query{Org: d.Org, Department: d.Code})
	}
	for _, o := range c.Organizations {
		qs = append(qs, search.Query{Org: o})
	}
	seen := map[string]bool{}
	var out []search.Hit
	for _, q := range qs {
		q.From, q.Sort, q.Size = since, search.SortDate, MaxItems
		ck := fmt.Sprintf("%s\x00%s\x00%s", q.Text, q.Org, q.Department)
		hits, ok := found[ck]
		if !ok {
			res, err := s.d.Search.Search(ctx, q)
			if err != nil {
				return nil, fmt.Errorf("subscription: search: %w", err)
			}
			hits = res.Items
			found[ck] = hits
		}
		for _, h := range hits {
			if k := h.Org + "/" + h.ID; !seen[k] {
				seen[k] = true
				out = append(out, h)
			}
		}
	}
	slices.SortStableFunc(out, func(a, b search.Hit) int { return b.ApprovedAt.Compare(a.ApprovedAt) })
	if len(out) > MaxItems {
		out = out[:MaxItems]
	}
	return out, nil
}

// unsubscribeURLs returns the one-click URL (for List-Unsubscribe, POST
// only) and the portal page that asks before unsubscribing (for the text).
func (s *Service) unsubscribeURLs(id string) (string, string, error) {
	tok, err := s.UnsubscribeToken(id)
	if err != nil {
		return "", "", err
	}
	return s.d.PortalURL + "/api/subscriptions/unsubscribe?token=" + url.QueryEscape(tok),
		s.d.PortalURL + "/?subscription=unsubscribe#token=" + url.QueryEscape(tok), nil
}

func (s *Service) digestMail(addr string, r *Record, week string, hits []search.Hit) (notify.Mail, error) {
	oneClick, page, err := s.unsubscribeURLs(r.ID)
	if err != nil {
		return notify.Mail{}, err
	}
	intro := fmt.Sprintf("구독하신 조건에 맞는 새 문서 %d건입니다 (%s).", len(hits), week)
	introEN := fmt.Sprintf("New documents matching your subscription: %d (%s).", len(hits), week)
	criteria := r.Criteria.describe()
	footer := "정보소통광장 — 이 메일은 발신 전용입니다. / This mailbox is not monitored."
	// The same content twice: plain text, and an HTML alternative (every
	// value escaped) that mail clients show instead.
	var b, h strings.Builder
	esc := html.EscapeString
	fmt.Fprintf(&b, "%s\n%s\n\n", intro, introEN)
	fmt.Fprintf(&h, "<!DOCTYPE html>\n<html lang=\"ko\"><head><meta charset=\"utf-8\"><title>%s</title></head><body>\n<p>%s<br>%s</p>\n<ul>\n",
		esc(intro), esc(intro), esc(introEN))
	for _, hit := range hits {
		q := url.Values{"id": {hit.ID}, "org": {hit.Org}}
		link := s.d.PortalURL + "/?" + q.Encode()
		meta := s.d.OrgName(hit.Org) + " · " + hit.DepartmentName + " · " + hit.ApprovedAt.In(kst).Format(time.DateOnly)
		fmt.Fprintf(&b, "- %s\n  %s\n  %s\n", hit.Title, meta, link)
		fmt.Fprintf(&h, "<li><a href=\"%s\">%s</a><br><small>%s</small></li>\n", esc(link), esc(hit.Title), esc(meta))
	}
	b.WriteString("\n구독 조건 / Your criteria: " + criteria + "\n")
	b.WriteString("\n구독 해지 / Unsubscribe: " + page + "\n")
	b.WriteString("\n" + footer + "\n")
	fmt.Fprintf(&h, "</ul>\n<p>구독 조건 / Your criteria: %s</p>\n<p><a href=\"%s\">구독 해지 / Unsubscribe</a></p>\n<p><small>%s</small></p>\n</body></html>\n",
		esc(criteria), esc(page), esc(footer))
	return notify.Mail{
		To:      addr,
		Subject: fmt.Sprintf("[정보소통광장] 이번 주 새 문서 %d건 / %d new documents (%s)", len(hits), len(hits), week),
		Text:    b.String(),
		HTML:    h.String(),
		Key:     DigestKey(r.ID, week),
		Headers: notify.OneClick(oneClick),
	}, nil
}

func (s *Service) confirmMail(addr string, r *Record, token string) notify.Mail {
	confirm := s.d.PortalURL + "/?subscription=confirm#token=" + url.QueryEscape(token)
	m := notify.Mail{
		To:      addr,
		Subject: "[정보소통광장] 구독 신청을 확인해 주세요 / Please confirm your subscription",
		Text: "정보소통광장 주간 새 문서 메일 구독을 신청하셨습니다. 아래 링크에서 확인하시면 구독이 시작됩니다(7일 이내).\n" +
			"You asked for Plaza's weekly mail of new documents. Confirm within 7 days to start it:\n\n" + confirm + "\n\n" +
			"구독 조건 / Criteria: " + r.Pending.describe() + "\n\n" +
			"신청하지 않으셨다면 이 메일을 무시하십시오. 확인하지 않은 신청과 주소는 7일 뒤 삭제됩니다.\n" +
			"If you did not ask for it, ignore this mail: the request and the address are deleted after 7 days.\n",
		Key: "subscription/" + r.ID + "/confirm/" + r.Nonce,
	}
	if oneClick, _, err := s.unsubscribeURLs(r.ID); err == nil {
		m.Headers = notify.OneClick(oneClick)
	}
	return m
}

// describe says the criteria in one line.
func (c Criteria) describe() string {
	var parts []string
	for _, k := range c.Keywords {
		parts = append(parts, "«"+k+"»")
	}
	for _, d := range c.Departments {
		parts = append(parts, d.Org+"/"+d.Code)
	}
	parts = append(parts, c.Organizations...)
	return strings.Join(parts, ", ")
}

func newNonce() string {
	var b [9]byte
	_, _ = rand.Read(b[:])
	return hex.EncodeToString(b[:])
}

// Purge deletes the requests never confirmed within ConfirmTTL, sealed
// address and all, and returns how many; the monitor runs it (on AWS the
// notify function, triggered by these records, may not delete them).
func (s *Service) Purge(ctx context.Context) (int, error) {
	now := s.d.Now()
	var stale []string
	err := s.d.Store.List(ctx, s.d.Bucket, Prefix, func(in storage.Info) error {
		id := strings.TrimSuffix(strings.TrimPrefix(in.Key, Prefix), ".json")
		r, err := s.read(ctx, id)
		if errors.Is(err, storage.ErrNotFound) {
			return nil
		}
		if err != nil {
			return err
		}
		if !r.Active && now.Sub(r.RequestedAt) > ConfirmTTL {
			stale = append(stale, in.Key)
		}
		return nil
	})
	n := 0
	for _, k := range stale {
		if derr := s.d.Store.Delete(ctx, s.d.Bucket, k); derr != nil && !errors.Is(derr, storage.ErrNotFound) {
			err = errors.Join(err, derr)
			continue
		}
		n++
	}
	if err != nil {
		return n, fmt.Errorf("subscription: purge: %w", err)
	}
	return n, nil
}
