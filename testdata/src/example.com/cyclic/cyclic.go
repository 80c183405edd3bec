// Package cyclic has helpers that reach a client-input error through
// mutually recursive calls: the cheap producer filter must not drop them.
package cyclic

import "encoding/json"

func A(data []byte) error { // want A:"returns malformed-input errors when param0 is request input"
	if len(data) > 1 {
		_ = B(data[1:])
	}
	var v any
	return json.Unmarshal(data, &v)
}

func B(data []byte) error { // want B:"returns malformed-input errors when param0 is request input"
	return A(data)
}

func C(data []byte) error { // want C:"returns malformed-input errors when param0 is request input"
	return B(data)
}
