package knowledge

import (
	"regexp"
	"strings"
	"sync"
)

// Origin is whose fault an error is, as far as the status code goes.
type Origin uint8

const (
	OriginUnknown   Origin = iota
	OriginMalformed        // the request could not be decoded or parsed: 400
	OriginInvalid          // well-formed, but failed validation: 422 (or 400 by convention)
	OriginConflict         // duplicate, already exists, version mismatch: 409
	OriginNotFound         // the thing asked for does not exist: 404
	OriginAuth             // missing or bad credentials: 401/403
	// OriginServer: the server's own failure (a template that does not
	// execute, a transaction that does not begin). Only the route
	// inventory says it; no rule decides by it.
	OriginServer
)

var originNames = [...]string{"unknown", "malformed-input", "invalid-input", "conflict", "not-found", "auth", "server"}

func (o Origin) String() string { return originNames[o] }

// Client reports whether an error of this origin is the client's doing and
// must not be answered with a 5xx.
func (o Origin) Client() bool { return o == OriginMalformed || o == OriginInvalid }

// Input says which argument of a producer must come from the request for its
// error to be the client's fault.
const (
	AnyInput = -2 // the error is the client's whatever the arguments
	RecvIn   = -1 // the receiver must come from the request
)

// Producer is a function whose non-nil error has a known origin when its
// input is the request.
type Producer struct {
	Origin Origin
	Input  int    // argument index that must derive from the request, RecvIn, or AnyInput
	What   string // how the diagnostic names the operation
}

// LookupProducer returns what is known about the errors fn returns.
func LookupProducer(fullName string) (Producer, bool) {
	p, ok := index().producers[fullName]
	return p, ok
}

var producers = map[string]Producer{
	"(*encoding/json.Decoder).Decode": {OriginMalformed, RecvIn, "decoding the request body"},
	"encoding/json.Unmarshal":         {OriginMalformed, 0, "decoding request input"},
	"(*encoding/xml.Decoder).Decode":  {OriginMalformed, RecvIn, "decoding the request body"},
	"encoding/xml.Unmarshal":          {OriginMalformed, 0, "decoding request input"},

	"strconv.Atoi":                             {OriginMalformed, 0, "parsing request input"},
	"strconv.ParseInt":                         {OriginMalformed, 0, "parsing request input"},
	"strconv.ParseUint":                        {OriginMalformed, 0, "parsing request input"},
	"strconv.ParseFloat":                       {OriginMalformed, 0, "parsing request input"},
	"strconv.ParseBool":                        {OriginMalformed, 0, "parsing request input"},
	"strconv.Unquote":                          {OriginMalformed, 0, "parsing request input"},
	"time.Parse":                               {OriginMalformed, 1, "parsing request input"},
	"time.ParseDuration":                       {OriginMalformed, 0, "parsing request input"},
	"net/mail.ParseAddress":                    {OriginMalformed, 0, "parsing request input"},
	"net/netip.ParseAddr":                      {OriginMalformed, 0, "parsing request input"},
	"net/url.ParseQuery":                       {OriginMalformed, 0, "parsing request input"},
	"(*encoding/base64.Encoding).DecodeString": {OriginMalformed, 0, "parsing request input"},
	"encoding/hex.DecodeString":                {OriginMalformed, 0, "parsing request input"},
	"github.com/google/uuid.Parse":             {OriginMalformed, 0, "parsing request input"},
	"github.com/google/uuid.ParseBytes":        {OriginMalformed, 0, "parsing request input"},

	"(*net/http.Request).ParseForm":          {OriginMalformed, AnyInput, "parsing the request form"},
	"(*net/http.Request).ParseMultipartForm": {OriginMalformed, AnyInput, "parsing the request form"},
	"(*net/http.Request).MultipartReader":    {OriginMalformed, AnyInput, "reading the multipart request"},

	"(*github.com/go-playground/validator/v10.Validate).Struct":    {OriginInvalid, AnyInput, "validating the request"},
	"(*github.com/go-playground/validator/v10.Validate).StructCtx": {OriginInvalid, AnyInput, "validating the request"},
	// Var checks one value: a query or path parameter as often as a
	// body's field, so a failure is malformed input (400), not 422.
	"(*github.com/go-playground/validator/v10.Validate).Var":           {OriginMalformed, AnyInput, "validating a request value"},
	"(*github.com/go-playground/validator/v10.Validate).StructPartial": {OriginInvalid, AnyInput, "validating the request"},
}

// serverFailures are calls whose error, when nothing they are given comes
// from the request, is the server's own failure: serializing its own
// values, executing its templates, reaching its database or its entropy.
// Calls that may fail for a reason the client chose (a row not found, a
// unique key taken, a file named in the URL) are not here.
var serverFailures = map[string]string{
	"encoding/json.Marshal":                     "encoding a response value",
	"encoding/json.MarshalIndent":               "encoding a response value",
	"encoding/xml.Marshal":                      "encoding a response value",
	"encoding/xml.MarshalIndent":                "encoding a response value",
	"(*html/template.Template).Execute":         "executing a template",
	"(*html/template.Template).ExecuteTemplate": "executing a template",
	"(*text/template.Template).Execute":         "executing a template",
	"(*text/template.Template).ExecuteTemplate": "executing a template",
	"(*database/sql.DB).Begin":                  "beginning a transaction",
	"(*database/sql.DB).BeginTx":                "beginning a transaction",
	"(*database/sql.DB).Ping":                   "reaching the database",
	"(*database/sql.DB).PingContext":            "reaching the database",
	"(*database/sql.DB).Conn":                   "reaching the database",
	"crypto/rand.Read":                          "reading random bytes",
	"crypto/rand.Int":                           "reading random bytes",
	"github.com/google/uuid.NewRandom":          "making a UUID",
	"github.com/google/uuid.NewV7":              "making a UUID",
	"os.Hostname":                               "reading the host name",
	"os.Getwd":                                  "reading the working directory",
	"os.MkdirTemp":                              "making a temporary directory",
	"os.CreateTemp":                             "making a temporary file",
}

// ServerFailure returns how to name a call whose error is the server's own
// failure when no argument comes from the request, by the callee's
// FullName; "" for any other.
func ServerFailure(fullName string) string { return serverFailures[fullName] }

// Error types whose presence (errors.As, a type switch) names the origin.
var errorTypes = map[string]Origin{
	"encoding/json.SyntaxError":                               OriginMalformed,
	"encoding/json.UnmarshalTypeError":                        OriginMalformed,
	"encoding/json.InvalidUnmarshalError":                     OriginUnknown,
	"strconv.NumError":                                        OriginMalformed,
	"net/http.MaxBytesError":                                  OriginMalformed,
	"github.com/go-playground/validator/v10.ValidationErrors": OriginInvalid,
}

// Well-known sentinels.
var sentinels = map[string]Origin{
	"database/sql.ErrNoRows":   OriginNotFound,
	"io/fs.ErrNotExist":        OriginNotFound,
	"os.ErrNotExist":           OriginNotFound,
	"io/fs.ErrExist":           OriginConflict,
	"os.ErrExist":              OriginConflict,
	"io/fs.ErrPermission":      OriginAuth,
	"os.ErrPermission":         OriginAuth,
	"net/http.ErrMissingFile":  OriginMalformed,
	"net/http.ErrNotMultipart": OriginMalformed,
	"net/http.ErrNoCookie":     OriginAuth,
	"io.EOF":                   OriginUnknown, // empty body after Decode, but also a hundred other things
	"io.ErrUnexpectedEOF":      OriginUnknown,
	"context.Canceled":         OriginUnknown,
	"context.DeadlineExceeded": OriginUnknown,
}

// Names that say what an application's own sentinel or error type means.
// Checked in order; the first match wins.
// They are compiled when first asked for: every vet tool process starts
// this package, most never match a name.
var namePatterns = sync.OnceValue(func() []namePattern {
	return []namePattern{
		// Something already deleted or removed is not there: a missing
		// resource, not a conflicting one (ahead of "already" below).
		{regexp.MustCompile(`(?i)(notfound|norows|notexist|nosuch|unknown(user|item|id|record)|already(deleted|removed))`), OriginNotFound},
		{regexp.MustCompile(`(?i)(duplicate|already[A-Z]|alreadyexists|exists$|conflict(s|ed|error)?$|versionmismatch|staleversion|stale(object|write|update)|uniqueviolation|alreadytaken|taken$|inuse$|invalid(state|transition)|illegalstate)`), OriginConflict},
		{regexp.MustCompile(`(?i)(unauthori[sz]ed|unauthenticated|forbidden|permissiondenied|invalid(token|credentials|password|signature)|expiredtoken|tokenexpired)`), OriginAuth},
		{regexp.MustCompile(`(?i)(validation|invalid|badrequest|malformed|missing(field|param|argument)|required$)`), OriginInvalid},
	}
})

type namePattern struct {
	re     *regexp.Regexp
	origin Origin
}

// authLookup matches the names of calls that look up who is asking: the
// current user, the session, the viewer, the claims of a token.
var authLookup = lazyRegexp(`(?i)(current|authenticated|authed|loggedin|signedin|session|request|ctx|context)(user|account|principal|member|identity|viewer|subject)|viewer|principal|claims|^(get)?session$|(user|account|principal|identity|subject)from(context|ctx|session|request|token)`)

// IsAuthLookup reports whether a call of the function named name looks up
// who is asking (getCurrentUser, SessionUser, ViewerFromContext, Claims):
// nothing found is a request without credentials, not a missing resource.
func IsAuthLookup(name string) bool { return authLookup().MatchString(name) }

// IsCacheLookup reports whether a call of the function named name looks in
// a cache (getFromCache, CacheGet, cached): nothing found is a miss the
// caller goes on to fill, not a missing resource.
func IsCacheLookup(name string) bool { return strings.Contains(strings.ToLower(name), "cache") }

// ByName reports whether the origin SentinelOrigin or TypeOrigin gives for
// the qualified name comes from the name alone, not from a table of known
// errors. A name is weak evidence: ErrConflictingOptions is a malformed
// request, and ErrInvalidWindow from a check on values the server computed
// is no client's fault.
func ByName(qualified string) bool {
	_, s := sentinels[qualified]
	_, t := errorTypes[qualified]
	return !s && !t
}

// SentinelOrigin returns the origin of an error variable or constant named
// by qualified name pkgpath.Name.
func SentinelOrigin(qualified, name string) Origin {
	if o, ok := sentinels[qualified]; ok {
		return o
	}
	return nameOrigin(name)
}

// TypeOrigin returns the origin of an error type named by qualified name
// pkgpath.Name.
func TypeOrigin(qualified, name string) Origin {
	if o, ok := errorTypes[qualified]; ok {
		return o
	}
	return nameOrigin(name)
}

// notClients matches names of errors about another server: an invalid
// upstream response is no client's doing, whatever else the name says.
var notClients = lazyRegexp(`(?i)(upstream|remote|backend|provider|gateway|origin(server|response))`)

func nameOrigin(name string) Origin {
	if notClients().MatchString(name) {
		return OriginUnknown
	}
	for _, p := range namePatterns() {
		if p.re.MatchString(name) {
			return p.origin
		}
	}
	return OriginUnknown
}

// Conflict codes of SQL drivers (Postgres unique_violation, MySQL
// ER_DUP_ENTRY) compared against in handlers.
var conflictCodes = map[string]bool{"23505": true, "1062": true}

// IsConflictCode reports whether a constant compared with a driver's error
// code means a unique-constraint violation.
func IsConflictCode(s string) bool { return conflictCodes[s] }

// conflictMessage matches response messages that say a conflict happened.
var conflictMessage = lazyRegexp(`(?i)\balready (exists|taken|registered|in use)\b`)

// IsConflictMessage reports whether a constant error message describes a conflict.
func IsConflictMessage(s string) bool { return conflictMessage().MatchString(s) }

// lazyRegexp returns a function that compiles expr when first called.
func lazyRegexp(expr string) func() *regexp.Regexp {
	return sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(expr) })
}
