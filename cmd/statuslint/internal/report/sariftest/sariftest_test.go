package sariftest

import (
	"encoding/json"
	"testing"
)

func TestID(t *testing.T) {
	var doc struct{ ID string }
	if err := json.Unmarshal(schema, &doc); err != nil {
		t.Fatal(err)
	}
	if doc.ID != ID {
		t.Errorf("schema id %q, ID %q", doc.ID, ID)
	}
}
