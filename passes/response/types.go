package response

import (
	"go/types"

	"github.com/statuslint/statuslint/passes/internal/knowledge"
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

// contextName returns "pkgpath.Type" for a named type or a pointer to one.
func contextName(t types.Type) string {
	if t == nil {
		return ""
	}
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	n, ok := types.Unalias(t).(*types.Named)
	if !ok || n.Obj().Pkg() == nil {
		return ""
	}
	return n.Obj().Pkg().Path() + "." + n.Obj().Name()
}

// isWriterType reports whether t stands for a response: net/http's
// ResponseWriter, or a framework's context (*gin.Context, echo.Context,
// *fiber.Ctx), as the knowledge tables list them.
func isWriterType(t types.Type) bool {
	name := contextName(t)
	return name != "" && knowledge.IsContext(name)
}

// isRequestType reports whether t carries request input: *http.Request, a
// framework's context (c.Param("id"), c.ShouldBindJSON), or a value an
// adapter says a router hands its handlers from the request (httprouter's
// Params).
func isRequestType(t types.Type) bool {
	if isNamedPtr(t, "net/http", "Request") {
		return true
	}
	switch name := contextName(t); name {
	case "":
		return false
	case "net/http.Request":
		return true
	case "net/http.ResponseWriter":
		return false
	default:
		return knowledge.IsContext(name) || knowledge.IsRequestValue(name)
	}
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

// errorLike reports whether t has a method named Error, as error types
// do, whatever it returns.
func errorLike(t types.Type) bool {
	obj, _, _ := types.LookupFieldOrMethod(t, true, nil, "Error")
	_, isFunc := obj.(*types.Func)
	return isFunc
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

// isContextType reports whether t is context.Context.
func isContextType(t types.Type) bool { return isNamed(t, "context", "Context") }

// isHTTPResponse reports whether t is an outbound call's *http.Response
// (or the struct): its body is what an upstream sent, not the client.
func isHTTPResponse(t types.Type) bool { return isNamedPtr(t, "net/http", "Response") }

// isNamedPtr is isNamed for the type or a pointer to it.
func isNamedPtr(t types.Type, path, name string) bool {
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	return isNamed(t, path, name)
}
