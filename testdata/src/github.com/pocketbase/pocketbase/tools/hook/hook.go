// Package hook is a stub of github.com/pocketbase/pocketbase/tools/hook
// (v0.36.8): the event every handler's event embeds.
package hook

// Resolver is what a hook chain's event implements.
type Resolver interface {
	Next() error
}

// Event is embedded by every hook event.
type Event struct {
	next func() error
}

// Next calls the next hook handler.
func (e *Event) Next() error {
	if e.next != nil {
		return e.next()
	}
	return nil
}

// Handler is a named hook handler.
type Handler[T Resolver] struct {
	Func     func(T) error
	Id       string
	Priority int
}
