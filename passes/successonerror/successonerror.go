package successonerror

import (
	_ "embed"
	"fmt"
	"go/ast"
	"go/types"
	"slices"
	"strings"

	"github.com/statuslint/statuslint/passes/internal/analysisutil"
	"github.com/statuslint/statuslint/passes/internal/checkutil"
	"github.com/statuslint/statuslint/passes/internal/directives"
	"github.com/statuslint/statuslint/passes/internal/funnel"
	"github.com/statuslint/statuslint/passes/response"
	"golang.org/x/tools/go/analysis"
)

//go:embed doc.go
var doc string

var Analyzer = &analysis.Analyzer{
	Name:     "successonerror",
	Doc:      analysisutil.MustExtractDoc(doc, "successonerror"),
	URL:      "https://github.com/statuslint/statuslint/tree/main/passes/successonerror",
	Requires: []*analysis.Analyzer{response.Analyzer, directives.Analyzer},
	Run:      funnel.Run(run),
}

func run(pass *analysis.Pass) (any, error) {
	res := pass.ResultOf[response.Analyzer].(*response.Result)
	// A helper that sends every error with 200 (respondFail(c, code, msg))
	// is reported once, in the helper, with its calls in this package as
	// related places: the fix goes there.
	type finding struct {
		d      analysis.Diagnostic
		helper *types.Func
	}
	var found []finding
	sites := map[*types.Func][]ast.Node{}
	defer func() {
		for _, fd := range found {
			if fd.helper != nil {
				for _, c := range sites[fd.helper] {
					fd.d.Related = append(fd.d.Related, analysis.RelatedInformation{Pos: c.Pos(), End: c.End(), Message: "called here on an error path"})
				}
			}
			pass.Report(fd.d)
		}
	}()
	for f := range res.Funcs() {
		for _, ev := range f.Events {
			if ev.Kind != response.WriteBody || ev.Maybe {
				continue
			}
			// body = ErrorBody{...} on the error path, written later with
			// the status the success path chose.
			if g := ev.ErrorBody(); g != nil && !ev.BodyBefore() && !(ev.Deferred && ev.StatusMayFollow()) {
				codes, onPath, ok := ev.StatusOnPath(g)
				if ok && !onPath && len(codes) > 0 && slices.ContainsFunc(codes, func(c int) bool { return c >= 200 && c <= 299 }) {
					code := 200
					for _, c := range codes {
						if c >= 200 && c <= 299 {
							code = c
						}
					}
					o := f.Origin(g)
					want := response.StatusFor(o.Kind)
					if want == 0 {
						want = 500
					}
					d := analysis.Diagnostic{
						Pos:      ev.Call.Pos(),
						End:      ev.Call.End(),
						Category: "errorbody",
						Message: fmt.Sprintf("error body chosen on an error path is sent with status %s; set the error's status where the body is chosen, e.g. %s",
							analysisutil.Status(code), analysisutil.Status(want)),
						Related: []analysis.RelatedInformation{{Pos: g.Cond.Pos(), End: g.Cond.End(), Message: "the error path"}},
					}
					found = append(found, finding{d, nil})
				}
				continue
			}
			// An empty body is an error only where the path says nothing
			// was found: after a failed lookup, not after any failure (an
			// empty robots.txt served when the settings cannot be read is
			// a default, not a miss).
			notFound := ev.Shape == response.ShapeNil && ev.Guard != nil && f.Origin(ev.Guard).Kind == response.OriginNotFound
			if !ev.Shape.IsError() && !notFound {
				continue
			}
			// A body already written committed the status: an error appended
			// to a half-rendered page cannot change it (render to a buffer).
			if ev.BodyBefore() {
				continue
			}
			// A buffered response (fiber) goes out with the last status: one
			// written after the body still counts.
			if ev.Deferred && ev.StatusMayFollow() {
				continue
			}
			written, implicit, unknown := ev.StatusBefore()
			if unknown {
				continue
			}
			// Off an error path, only a body that calls itself an error, sent
			// with an explicit 2xx, is a mistake: fmt.Fprint(w, ctx.Err()) to a
			// client that has gone is not, nor http.Error(w, "OK", 200).
			if ev.Guard == nil && (len(written) == 0 || ev.Shape != response.ShapeErrorObject) {
				continue
			}
			// Every status that may be in effect must be a 2xx.
			code, ok := 0, true
			var chosen *response.Event
			for _, s := range written {
				if s.Status.Unknown || len(s.Status.Values) == 0 {
					ok = false
				}
				for _, v := range s.Status.Values {
					if v.Code < 200 || v.Code > 299 {
						ok = false
					}
					code, chosen = v.Code, s
				}
			}
			if !ok {
				continue
			}
			// if errors.Is(err, &IgnoredEvent{}) { c.String(200, ...) }: the
			// handler picked out one kind of error and chose a success for
			// it; only a kind known to be a failure (not found, a conflict)
			// says the choice is wrong.
			if f.SelectsUnknownKind(ev.Guard) {
				continue
			}
			if ownHelperChose(pass, ev, written) {
				sites[ev.Callee] = append(sites[ev.Callee], ev.Call)
				continue
			}
			origin := f.Origin(ev.Guard)
			want := response.StatusFor(origin.Kind)
			if notFound {
				want = 404
			}
			if want == 0 {
				want = 500
			}
			d := analysis.Diagnostic{Pos: ev.Call.Pos(), End: ev.Call.End()}
			switch {
			case notFound:
				d.Category = "notfound"
				d.Message = fmt.Sprintf("lookup miss answered with status 200 and an empty body; write %s instead",
					analysisutil.Status(want))
			case len(written) == 0 && implicit:
				d.Category = "implicit"
				d.Message = fmt.Sprintf("error response sent with implicit status 200: no status is written before the body; write the error's status first, e.g. %s",
					checkutil.WriteStatusExample(ev, want))
			case !implicit:
				d.Category = "explicit"
				d.Message = fmt.Sprintf("error response sent with status %s; write the error's status instead, e.g. %s",
					analysisutil.Status(code), analysisutil.Status(want))
				d.Related = []analysis.RelatedInformation{{Pos: chosen.Call.Pos(), End: chosen.Call.End(), Message: "status written here"}}
			default:
				continue // 2xx on some paths, nothing on others: reported where a path is certain
			}
			if origin.Node != nil {
				d.Related = append(d.Related, analysis.RelatedInformation{Pos: origin.Node.Pos(), End: origin.Node.End(), Message: "the error comes from here"})
			}
			found = append(found, finding{d, f.Obj})
		}
	}
	return nil, nil
}

// ownHelperChose reports whether the 2xx status and the error body at ev
// both come from one call of a helper of this module that chose the
// status itself: the helper is where the finding goes.
func ownHelperChose(pass *analysis.Pass, ev *response.Event, written []*response.Event) bool {
	if ev.Callee == nil || len(written) == 0 || ev.BodyArgument() != nil {
		return false // the error body is the caller's argument: the call is the place
	}
	for _, s := range written {
		if s.Call != ev.Call {
			return false
		}
		for _, v := range s.Status.Values {
			if v.Expr != nil {
				return false // chosen at the call: the call is the place
			}
		}
	}
	pkg := ev.Callee.Pkg()
	switch {
	case pkg == nil:
		return false
	case pkg == pass.Pkg:
		return true
	case pass.Module != nil && pass.Module.Path != "":
		return pkg.Path() == pass.Module.Path || strings.HasPrefix(pkg.Path(), pass.Module.Path+"/")
	}
	return false
}
