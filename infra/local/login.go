package main

import (
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"time"

	"github.com/seoul-plaza/plaza/shared/httpjson"
)

// The staff console's sign-in on one machine. `token --console` signs a
// token with the data folder's key, leaves it in <data>/logins under the
// digest of a fresh one-time code and prints a link to /staff/ that
// carries the code in its fragment (never sent to a server, never in a
// log). The console posts the code to POST /staff/login, which hands the
// token over once. Nothing here mints a token: only who can read the data
// folder (and so its key) can sign in, and only the local stack serves
// the route; on AWS staff sign in through Cognito's hosted UI.

// loginsDir holds the pending sign-ins, one file per code.
const loginsDir = "logins"

// loginTTL is how long a printed link stays good.
const loginTTL = 10 * time.Minute

var loginCodePattern = regexp.MustCompile(`^[A-Za-z0-9_-]{43}$`)

type pendingLogin struct {
	Token   string    `json:"token"`
	Expires time.Time `json:"expires"`
}

// loginFile is where the sign-in of code waits: named by the code's
// digest, so a listing of the folder does not reveal codes.
func loginFile(data, code string) string {
	sum := sha256.Sum256([]byte(code))
	return filepath.Join(data, loginsDir, hex.EncodeToString(sum[:])+".json")
}

// newLogin leaves tok for a one-time code and returns the code.
func newLogin(data, tok string, now time.Time) (string, error) {
	var b [32]byte
	if _, err := rand.Read(b[:]); err != nil {
		return "", fmt.Errorf("login code: %w", err)
	}
	code := base64.RawURLEncoding.EncodeToString(b[:])
	body, err := json.Marshal(pendingLogin{Token: tok, Expires: now.Add(loginTTL)})
	if err != nil {
		return "", err
	}
	if err := os.MkdirAll(filepath.Join(data, loginsDir), 0o700); err != nil {
		return "", fmt.Errorf("login: %w", err)
	}
	if err := os.WriteFile(loginFile(data, code), body, 0o600); err != nil {
		return "", fmt.Errorf("login: %w", err)
	}
	return code, nil
}

// errLoginRefused covers an unknown, used and expired code alike.
var errLoginRefused = errors.New("the sign-in link is unknown, used or expired")

// claimLogin returns the token left for code and removes it: the rename
// succeeds for one caller only, so a code signs in once.
func claimLogin(data, code string, now time.Time) (string, error) {
	if !loginCodePattern.MatchString(code) {
		return "", errLoginRefused
	}
	path := loginFile(data, code)
	claimed := path + ".claimed"
	if err := os.Rename(path, claimed); errors.Is(err, fs.ErrNotExist) {
		return "", errLoginRefused
	} else if err != nil {
		return "", fmt.Errorf("login: %w", err)
	}
	body, err := os.ReadFile(claimed)
	_ = os.Remove(claimed)
	if err != nil {
		return "", fmt.Errorf("login: %w", err)
	}
	var p pendingLogin
	if err := json.Unmarshal(body, &p); err != nil {
		return "", fmt.Errorf("login: %w", err)
	}
	if !now.Before(p.Expires) {
		return "", errLoginRefused
	}
	return p.Token, nil
}

// consoleConfig is GET /staff/config.json on one machine: the console
// signs in with a one-time link. The site bucket holds the AWS one
// (Cognito's hosted UI), written by the stack at deployment.
func consoleConfig(w http.ResponseWriter, _ *http.Request) {
	w.Header().Set("Cache-Control", "no-store")
	httpjson.Write(w, http.StatusOK, map[string]string{"auth": "local", "hint": "go run ./infra/local token --admin --console"})
}

// loginHandler is POST /staff/login: {"code"} in, {"token"} out, once.
func loginHandler(data string, now func() time.Time) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Cache-Control", "no-store")
		var in struct {
			Code string `json:"code"`
		}
		if !httpjson.Decode(w, r, 1024, &in) {
			return
		}
		tok, err := claimLogin(data, in.Code, now())
		switch {
		case errors.Is(err, errLoginRefused):
			httpjson.Error(w, http.StatusUnauthorized, "login.refused", err.Error())
		case err != nil:
			httpjson.Error(w, http.StatusInternalServerError, "internal", "internal error")
		default:
			httpjson.Write(w, http.StatusOK, map[string]string{"token": tok})
		}
	}
}
