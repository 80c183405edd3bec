// Package core is a stub of github.com/pocketbase/pocketbase/core
// (v0.36.8): the events of the app's hooks and routes.
package core

import (
	"context"
	"net/http"

	"github.com/pocketbase/pocketbase/tools/hook"
	"github.com/pocketbase/pocketbase/tools/router"
)

// App is the application.
type App interface {
	FindRecordById(collection any, recordId string) (*Record, error)
	Save(model any) error
}

// Record is a stored record.
type Record struct {
	Id string
}

// RequestEvent is the event every route handler receives.
type RequestEvent struct {
	App  App
	Auth *Record

	router.Event
}

func (e *RequestEvent) RealIP() string           { return "" }
func (e *RequestEvent) HasSuperuserAuth() bool   { return false }
func (e *RequestEvent) Context() context.Context { return nil }

// ServeEvent is the event of app.OnServe().
type ServeEvent struct {
	hook.Event
	App    App
	Router *router.Router[*RequestEvent]
	Server *http.Server
}
