package response

import (
	"bytes"
	"regexp"
	"sync"
)

// What a driver may leave unparsed. The vet engine does not parse a
// dependency module's package that cannot see net/http: nothing in it is a
// handler or a writer. An error package is the exception (see
// declaresStatusError): its constructors' statuses are what handlers write.

// errorMethod is the Error method of an error type declared in the file.
var errorMethod = []byte(") Error() string")

// statusMember matches a struct field or a method without arguments named
// for a status (Code, HTTPStatus, StatusCode()): the members typeKeys reads.
// Compiled when first needed: most vet tool processes never ask.
var statusMember = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`(?im)((^|[{;])\s*\w*(status|code)\w*(\s*,\s*\w+)*\s+[\w.*\[\]]+|func\s*\([^)]*\)\s*\w*(status|code)\w*\(\))`)
})

// MayDeclareStatusErrors reports whether Go source files, read but not
// parsed, may declare an error type that carries a status, whose
// constructors the model exports facts for even where net/http is not in
// sight: a cheap superset, for a driver deciding whether to analyze a
// package it would otherwise skip. An error type whose Error method is
// promoted from an embedded field is not seen.
func MayDeclareStatusErrors(files [][]byte) bool {
	errs := false
	for _, src := range files {
		if bytes.Contains(src, errorMethod) {
			errs = true
			break
		}
	}
	if !errs {
		return false
	}
	for _, src := range files {
		if statusMember().Match(src) {
			return true
		}
	}
	return false
}
