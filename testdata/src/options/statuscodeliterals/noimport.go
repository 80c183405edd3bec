package literals

// A file with no imports at all: the fix adds the first one.
func gone(w writer) {
	writeStatus(w, 410) // want `status 410 written as a number; use http.StatusGone`
}
