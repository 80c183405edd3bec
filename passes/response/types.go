package response

import (
	"go/types"
)

// isNamed reports whether t (after aliases) is the named type path.name.
func isNamed(t types.Type, path, name string) bool {
	n, ok := types.Unalias(t).(*types.Named)
	if !ok {
		return false
	}
	obj := n.Obj()
	return obj.Name() == name && obj.Pkg() != nil && obj.Pkg().Path() == path
}

// isWriterType reports whether t is net/http.ResponseWriter.
func isWriterType(t types.Type) bool { return t != nil && isNamed(t, "net/http", "ResponseWriter") }

// isRequestType reports whether t is *net/http.Request or net/http.Request.
func isRequestType(t types.Type) bool {
	if t == nil {
		return false
	}
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	return isNamed(t, "net/http", "Request")
}

var errorType = types.Universe.Lookup("error").Type().Underlying().(*types.Interface)

// isErrorType reports whether t implements error (and is not the untyped nil).
func isErrorType(t types.Type) bool {
	if t == nil {
		return false
	}
	if b, ok := t.(*types.Basic); ok && b.Kind() == types.UntypedNil {
		return false
	}
	return types.Implements(t, errorType)
}

// qualifiedName is "pkgpath.Name" for a package-level object.
func qualifiedName(obj types.Object) string {
	if obj.Pkg() == nil {
		return obj.Name()
	}
	return obj.Pkg().Path() + "." + obj.Name()
}

// writerParam returns the index of the first http.ResponseWriter parameter of sig, or -1.
func writerParam(sig *types.Signature) int {
	params := sig.Params()
	for i := 0; i < params.Len(); i++ {
		if isWriterType(params.At(i).Type()) {
			return i
		}
	}
	return -1
}

// returnsError reports whether sig's last result is of type error.
func returnsError(sig *types.Signature) bool {
	res := sig.Results()
	return res.Len() > 0 && types.Identical(res.At(res.Len()-1).Type(), types.Universe.Lookup("error").Type())
}
