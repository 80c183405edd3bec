// Package sariftest checks SARIF logs against the OASIS SARIF 2.1.0 JSON
// schema and what GitHub code scanning requires beyond it, for the tests of
// the writer and of the command.
package sariftest

import (
	"bytes"
	_ "embed"
	"encoding/json"
	"errors"
	"fmt"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"
)

// ID is the schema's id, the $schema a log names.
const ID = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"

// testdata/sarif-schema-2.1.0.json is the OASIS SARIF 2.1.0 errata01
// schema ("id" ID, draft-04), copied byte for byte from
// github.com/securego/gosec/v2@v2.30.0 report/sarif/testdata/ (sha256
// c3b4bb2d6093897483348925aaa73af03b3e3f4bd4ca38cef26dcb4212a2682e). It
// decodes to the same JSON as the copy embedded in
// github.com/owenrumney/go-sarif/v3@v3.3.1 pkg/report/v210/sarif/schema.go.
//
//go:embed testdata/sarif-schema-2.1.0.json
var schema []byte

// offline refuses every URL: the schema and its draft-04 meta-schema,
// which jsonschema embeds, must compile without the network.
type offline struct{}

func (offline) Load(url string) (any, error) { return nil, fmt.Errorf("no network in tests: %s", url) }

// Schema compiles the SARIF 2.1.0 schema, offline.
func Schema(t testing.TB) *jsonschema.Schema {
	t.Helper()
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(schema))
	if err != nil {
		t.Fatal(err)
	}
	c := jsonschema.NewCompiler()
	c.UseLoader(offline{})
	c.AssertFormat() // uri and uri-reference are checked too
	if err := c.AddResource(ID, doc); err != nil {
		t.Fatal(err)
	}
	sch, err := c.Compile(ID)
	if err != nil {
		t.Fatal(err)
	}
	return sch
}

// Validate checks data against the SARIF schema, then against what GitHub
// code scanning requires beyond it (ECOSYSTEM.md): the schema allows a
// result without locations, an upload does not.
func Validate(sch *jsonschema.Schema, data []byte) error {
	inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(data))
	if err != nil {
		return err
	}
	if err := sch.Validate(inst); err != nil {
		return fmt.Errorf("schema: %v", err)
	}
	return githubRequirements(data)
}

type text struct{ Text *string }

func githubRequirements(data []byte) error {
	var log struct {
		Runs []struct {
			Tool struct {
				Driver struct {
					Name  string
					Rules []struct {
						ID                   string
						ShortDescription     text
						FullDescription      text
						Help                 text
						DefaultConfiguration struct{ Level string }
					}
				}
			}
			Results *[]struct {
				RuleID    string
				Level     string
				Message   text
				Locations []struct {
					PhysicalLocation *struct {
						ArtifactLocation struct{ URI string }
						Region           *struct{ StartLine, StartColumn, EndLine, EndColumn int }
					}
				}
			}
		}
	}
	if err := json.Unmarshal(data, &log); err != nil {
		return err
	}
	var errs []error
	for _, run := range log.Runs {
		if run.Tool.Driver.Name == "" {
			errs = append(errs, errors.New("no tool.driver.name"))
		}
		for _, r := range run.Tool.Driver.Rules {
			if r.ID == "" || r.ShortDescription.Text == nil || r.FullDescription.Text == nil ||
				r.Help.Text == nil || r.DefaultConfiguration.Level == "" {
				errs = append(errs, fmt.Errorf("rule %q lacks id, a description, help or a default level", r.ID))
			}
		}
		if run.Results == nil {
			errs = append(errs, errors.New("no results array"))
			continue
		}
		for i, res := range *run.Results {
			if res.RuleID == "" || res.Level == "" || res.Message.Text == nil {
				errs = append(errs, fmt.Errorf("result %d lacks ruleId, level or message.text", i))
			}
			if len(res.Locations) == 0 {
				errs = append(errs, fmt.Errorf("result %d has no location", i))
			}
			for _, loc := range res.Locations {
				pl := loc.PhysicalLocation
				if pl == nil || pl.ArtifactLocation.URI == "" || pl.Region == nil ||
					pl.Region.StartLine < 1 || pl.Region.StartColumn < 1 ||
					pl.Region.EndLine < 1 || pl.Region.EndColumn < 1 {
					errs = append(errs, fmt.Errorf("result %d: location without a uri and a full region", i))
				}
			}
		}
	}
	return errors.Join(errs...)
}
