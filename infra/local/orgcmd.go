package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/seoul-plaza/plaza/shared/org"
)

// orgCmd validates organizations' files (infra/ONBOARDING.md): each one
// alone, then together with the deployment's organizations, as a start
// would load them. It prints one line per file that passes and returns an
// error naming the file and field of every problem, so the exit status
// says whether the files may be deployed.
func orgCmd(args []string, stdout, stderr io.Writer) error {
	if len(args) == 0 || args[0] != "check" {
		fmt.Fprint(stderr, orgUsage)
		return errors.New("org: want `org check FILE|DIR...`")
	}
	fs := flag.NewFlagSet("org check", flag.ContinueOnError)
	fs.SetOutput(stderr)
	orgsDir := fs.String("orgs", "", "the deployment's folder of organizations' files to check against (default: the embedded ones)")
	if err := fs.Parse(args[1:]); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		fmt.Fprint(stderr, orgUsage)
		return errors.New("org check: name at least one organization's file or folder")
	}
	set := org.Embedded()
	if *orgsDir != "" {
		var err error
		if set, err = org.LoadDir(*orgsDir); err != nil {
			return fmt.Errorf("org check: --orgs: %w", err)
		}
	}
	var errs []error
	for _, p := range fs.Args() {
		if err := checkOrgPath(p, &set, stdout); err != nil {
			errs = append(errs, err)
		}
	}
	if err := errors.Join(errs...); err != nil {
		return fmt.Errorf("org check: %d of %d failed:\n%w", len(errs), fs.NArg(), err)
	}
	return nil
}

// checkOrgPath checks a folder (a whole deployment) or one file, which
// joins *set for the files after it.
func checkOrgPath(p string, set **org.Set, stdout io.Writer) error {
	info, err := os.Stat(p)
	if err != nil {
		return err
	}
	if info.IsDir() {
		s, err := org.LoadDir(p)
		if err != nil {
			return err
		}
		for _, o := range s.All() {
			describeOrg(stdout, filepath.Join(p, o.Code+".json"), o, s.Default().Code == o.Code)
		}
		return nil
	}
	data, err := os.ReadFile(p)
	if err != nil {
		return err
	}
	if filepath.Base(p) == org.DeploymentFile {
		d, err := org.ParseDeployment(p, data)
		if err != nil {
			return err
		}
		if _, ok := (*set).Get(d.Default); !ok {
			return fmt.Errorf("%s: default_organization: %q has no organization's file", p, d.Default)
		}
		fmt.Fprintf(stdout, "ok  %s: default organization %s\n", p, d.Default)
		return nil
	}
	o, err := org.ParseFile(p, data)
	if err != nil {
		return err
	}
	s, err := (*set).With(p, o)
	if err != nil {
		return err
	}
	*set = s
	describeOrg(stdout, p, o, s.Default().Code == o.Code)
	return nil
}

func describeOrg(w io.Writer, file string, o *org.Org, isDefault bool) {
	prefixes := make([]string, 0, len(o.Senders))
	for _, s := range o.Senders {
		prefixes = append(prefixes, s.Prefix)
	}
	def := ""
	if isDefault {
		def = " (the default)"
	}
	fmt.Fprintf(w, "ok  %s: %s %s%s, %d departments, inbox prefixes %s, %d release phase(s)\n",
		file, o.Code, o.Name, def, len(o.Departments), strings.Join(prefixes, " "), len(o.Policy.Phases))
}

const orgUsage = `usage: go run ./infra/local org check [--orgs DIR] FILE|DIR...

Checks organizations' files (<code>.json) and deployment files
(deployment.json): each alone, with every problem named by file and field
path, then with the deployment's organizations (the embedded ones, or
--orgs DIR), so that no inbox prefix is bound twice. A folder is checked
as a whole deployment. Exit status 1 if any fails. See infra/ONBOARDING.md.
`
