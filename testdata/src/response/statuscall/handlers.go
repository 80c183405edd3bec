// Package statuscall: handlers return the status of a call to their
// wrapper, which writes it. What the callee writes itself and what it
// hands back for the wrapper to write are the handler's response.
package statuscall

import (
	"encoding/json"
	"errors"
	"io"
	"net/http"

	"example.com/statushelp"
)

type handleFunc func(w http.ResponseWriter, r *http.Request) (int, error)

func handle(fn handleFunc) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		status, err := fn(w, r)
		if status != 0 {
			http.Error(w, http.StatusText(status), status)
		}
		_ = err
	})
}

// renderJSON hands back 500 when it cannot encode v; the 500 after a
// failed write is not sent (the 200 has gone).
func renderJSON(w http.ResponseWriter, v any) (int, error) {
	b, err := json.Marshal(v)
	if err != nil {
		return http.StatusInternalServerError, err
	}
	w.Header().Set("Content-Type", "application/json")
	if _, err := w.Write(b); err != nil {
		return http.StatusInternalServerError, err
	}
	return 0, nil
}

func list(w http.ResponseWriter, r *http.Request) (int, error) {
	if r.URL.Query().Get("bad") != "" {
		return http.StatusBadRequest, nil
	}
	return renderJSON(w, []string{"a"})
}

func listVar(w http.ResponseWriter, r *http.Request) (int, error) {
	status, err := renderJSON(w, []string{"a"})
	return status, err
}

// On the paths where err is nil the handler goes on: which of them
// renderJSON wrote on is not known, so its body stays "on some paths".
func listIf(w http.ResponseWriter, r *http.Request) (int, error) {
	if status, err := renderJSON(w, []string{"a"}); err != nil {
		return status, err
	}
	return 0, nil
}

// Nothing between the call and the return touches the response: the
// pair is return renderJSON(w, v).
func listDrain(w http.ResponseWriter, r *http.Request) (int, error) {
	status, err := renderJSON(w, []string{"a"})
	if status >= 400 {
		io.Copy(io.Discard, r.Body)
	}
	return status, err
}

// A header set in between: the statuses count at the return.
func listTouched(w http.ResponseWriter, r *http.Request) (int, error) {
	status, err := renderJSON(w, []string{"a"})
	if status != 0 {
		w.Header().Set("Cache-Control", "no-store")
	}
	return status, err
}

// A callee that returns what its own callee returns.
func renderUser(w http.ResponseWriter, name string) (int, error) {
	if name == "" {
		return http.StatusNotFound, nil
	}
	return renderJSON(w, map[string]string{"name": name})
}

func renderUserVar(w http.ResponseWriter, name string) (int, error) {
	if name == "" {
		return http.StatusNotFound, nil
	}
	status, err := renderJSON(w, map[string]string{"name": name})
	return status, err
}

func user(w http.ResponseWriter, r *http.Request) (int, error) {
	return renderUser(w, r.URL.Query().Get("name"))
}

func userVar(w http.ResponseWriter, r *http.Request) (int, error) {
	return renderUserVar(w, r.URL.Query().Get("name"))
}

var errMissing = errors.New("missing")

// A mapper: each of its cases is one the wrapper may write.
func statusFor(err error) int {
	switch {
	case errors.Is(err, errMissing):
		return http.StatusNotFound
	default:
		return http.StatusInternalServerError
	}
}

func find(r *http.Request) error {
	if r.URL.Query().Get("id") == "" {
		return errMissing
	}
	return nil
}

func lookup(w http.ResponseWriter, r *http.Request) (int, error) {
	if err := find(r); err != nil {
		return statusFor(err), err
	}
	return renderJSON(w, "found")
}

// A callee not handed the response: what it returns is all it does.
func validate(r *http.Request) (int, error) {
	if r.URL.Query().Get("q") == "" {
		return http.StatusBadRequest, errors.New("no query")
	}
	return 0, nil
}

func search(w http.ResponseWriter, r *http.Request) (int, error) {
	if status, err := validate(r); err != nil {
		return status, err
	}
	return renderJSON(w, "results")
}

func searchDirect(w http.ResponseWriter, r *http.Request) (int, error) {
	return validate(r)
}

// Callees in another package, through their facts.
func exported(w http.ResponseWriter, r *http.Request) (int, error) {
	switch r.Method {
	case http.MethodPost:
		return statushelp.Created(w, r.Body)
	case http.MethodDelete:
		return statushelp.Forbidden(w, r)
	}
	return statushelp.JSON(w, "x")
}

func routes(mux *http.ServeMux) {
	mux.Handle("/list", handle(list))
	mux.Handle("/listvar", handle(listVar))
	mux.Handle("/listif", handle(listIf))
	mux.Handle("/drain", handle(listDrain))
	mux.Handle("/touched", handle(listTouched))
	mux.Handle("/user", handle(user))
	mux.Handle("/uservar", handle(userVar))
	mux.Handle("/lookup", handle(lookup))
	mux.Handle("/search", handle(search))
	mux.Handle("/searchdirect", handle(searchDirect))
	mux.Handle("/exported", handle(exported))
	mux.Handle("/coded", handle(coded))
	mux.Handle("/codedelsewhere", handle(codedElsewhere))
	mux.Handle("/zero", handle(zeroOnly))
	mux.Handle("/late", handle(lateHandler))
	mux.Handle("/skipped", handleErrors(skipped))
}

// The status comes from a value the model cannot follow: nothing is
// handed back, only the callee's own writes count.
func renderCoded(w http.ResponseWriter, r *http.Request, v any) (int, error) {
	if v == nil {
		return len(r.URL.Path), nil
	}
	w.Write([]byte("ok"))
	return 0, nil
}

func coded(w http.ResponseWriter, r *http.Request) (int, error) {
	return renderCoded(w, r, nil)
}

func codedElsewhere(w http.ResponseWriter, r *http.Request) (int, error) {
	return statushelp.Coded(w, nil, func() int { return http.StatusTeapot })
}

// Returns 0 only: its writes are the response.
func zeroOnly(w http.ResponseWriter, r *http.Request) (int, error) {
	return statushelp.Stream(w, []byte("x"))
}

// A status returned after the body went is not sent.
func late(w http.ResponseWriter) (int, error) {
	w.Write([]byte("partial"))
	return http.StatusBadGateway, errors.New("upstream went away")
}

func lateHandler(w http.ResponseWriter, r *http.Request) (int, error) {
	return late(w)
}

// The wrapper writes only what its condition lets through.
type errFunc func(w http.ResponseWriter, r *http.Request, n int) (int, error)

func handleErrors(fn errFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		status, _ := fn(w, r, 0)
		if status >= 400 {
			w.WriteHeader(status)
		}
	}
}

func redirectOrRender(w http.ResponseWriter, v any) (int, error) {
	if v == nil {
		return http.StatusFound, nil
	}
	return renderJSON(w, v)
}

// 302 is not written by the wrapper: the path where it is handed back
// sends an empty 200, so renderJSON's body is not certain.
func skipped(w http.ResponseWriter, r *http.Request, n int) (int, error) {
	return redirectOrRender(w, nil)
}
