package httpx

import "net/http"

// Option configures a response written by With.
type Option func(*reply)

type reply struct {
	status  int
	body    any
	headers map[string]string
}

func Status(code int) Option { return func(r *reply) { r.status = code } }

func Body(v any) Option { return func(r *reply) { r.body = v } }

func Header(key, value string) Option {
	return func(r *reply) { r.headers[key] = value }
}

// With writes a response from options: With(w, Status(409), Body(e)).
func With(w http.ResponseWriter, opts ...Option) {
	rep := reply{status: http.StatusOK, headers: map[string]string{}}
	for _, o := range opts {
		o(&rep)
	}
	for k, v := range rep.headers {
		w.Header().Set(k, v)
	}
	if rep.body == nil {
		w.WriteHeader(rep.status)
		return
	}
	JSON(w, rep.status, rep.body)
}
