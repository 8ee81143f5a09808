package main

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"strconv"
	"time"

	"github.com/seoul-plaza/plaza/shared/api"
	"github.com/seoul-plaza/plaza/shared/auth"
	"github.com/seoul-plaza/plaza/shared/ledger"
)

// staffClient reads the ledger of a running stack through its staff API,
// with an admin token signed by the data folder's key.
type staffClient struct {
	addr     string
	token    string
	data     string
	recorded bool // addr came from the data folder's address file
}

// dialStack prepares a client for the stack that serves data: at flagAddr
// when given, else at the address the stack wrote into the folder.
func dialStack(ctx context.Context, data, flagAddr string) (*staffClient, error) {
	addr, recorded, err := stackAddr(data, flagAddr)
	if err != nil {
		return nil, err
	}
	if addr == "" {
		return nil, fmt.Errorf("%s holds no %s to say where the stack serves: pass --addr HOST:PORT", data, addrFile)
	}
	keyPath := filepath.Join(data, "keys", "jwt.key")
	key, err := os.ReadFile(keyPath)
	if err != nil {
		return nil, fmt.Errorf("staff key: %w", err)
	}
	iss, err := auth.NewLocal(key, time.Now)
	if err != nil {
		return nil, fmt.Errorf("staff key %s: %w", keyPath, err)
	}
	// City-wide: status --org reads any organization's ledger.
	tok, err := iss.Issue(auth.Claims{Subject: "cli", CityAdmin: true}, 10*time.Minute)
	if err != nil {
		return nil, err
	}
	return &staffClient{addr: addr, token: tok, data: data, recorded: recorded}, nil
}

// unreachable explains a stack that did not answer, and what to do.
func (c *staffClient) unreachable(err error) error {
	if c.recorded {
		return fmt.Errorf("the stack that wrote %s does not answer at %s (was it killed?); start it again with `go run ./infra/local%s`: %w",
			filepath.Join(c.data, addrFile), c.addr, hint(c.data), err)
	}
	return fmt.Errorf("no stack answers at %s (drop --addr to use the address the stack wrote to %s): %w", c.addr, filepath.Join(c.data, addrFile), err)
}

// refused explains a 401: the token's key is not the stack's.
func (c *staffClient) refused() error {
	return fmt.Errorf("the stack at %s refuses tokens signed with %s: it serves another data folder; pass the --data it was started with",
		c.addr, filepath.Join(c.data, "keys", "jwt.key"))
}

// ledger lists records (one, with id; those in state, with state), every
// page of them.
func (c *staffClient) ledger(ctx context.Context, org, id, state string) ([]ledger.Record, error) {
	var out []ledger.Record
	after := ""
	for {
		q := url.Values{"org": {org}, "size": {strconv.Itoa(api.MaxPageSize)}}
		for k, v := range map[string]string{"id": id, "state": state, "after": after} {
			if v != "" {
				q.Set(k, v)
			}
		}
		req, err := http.NewRequestWithContext(ctx, http.MethodGet, "http://"+c.addr+"/api/staff/ledger?"+q.Encode(), nil)
		if err != nil {
			return nil, err
		}
		req.Header.Set("Authorization", "Bearer "+c.token)
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			return nil, c.unreachable(err)
		}
		var body struct {
			Items []ledger.Record `json:"items"`
			Next  string          `json:"next"`
		}
		err = json.NewDecoder(resp.Body).Decode(&body)
		resp.Body.Close()
		switch {
		case resp.StatusCode == http.StatusNotFound && id != "":
			return nil, nil
		case resp.StatusCode == http.StatusUnauthorized:
			return nil, c.refused()
		case resp.StatusCode != http.StatusOK:
			return nil, fmt.Errorf("the staff API at %s answered %s", c.addr, resp.Status)
		case err != nil:
			return nil, fmt.Errorf("the staff API at %s: %w", c.addr, err)
		}
		out = append(out, body.Items...)
		if body.Next == "" || id != "" {
			return out, nil
		}
		after = body.Next
	}
}

// checkToken asks the stack at addr whether it accepts tok: the HTTP
// status of a staff request, or an error when nothing answers.
func checkToken(ctx context.Context, addr, tok string) (int, error) {
	ctx, cancel := context.WithTimeout(ctx, 5*time.Second)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, "http://"+addr+"/api/staff/ledger?size=1", nil)
	if err != nil {
		return 0, err
	}
	req.Header.Set("Authorization", "Bearer "+tok)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return 0, err
	}
	resp.Body.Close()
	return resp.StatusCode, nil
}
