// Package reasonsvc is a service layer without net/http: it returns the
// errors of an error package whose errors carry a status, and the model
// learns which it returns.
package reasonsvc

import "example.com/reasonerr"

// Create fails with a 400 or a 403.
func Create(name string) error { // want Create:"carries r0.Code=400\\? r0.Code=403\\?"
	if name == "" {
		return reasonerr.BadRequest("name.required")
	}
	if name == "admin" {
		return reasonerr.Forbidden("name.reserved")
	}
	return nil
}

// Find fails with a 404.
func Find(id string) (string, error) { // want Find:"carries r1.Code=404"
	if id == "" {
		return "", reasonerr.NotFound("user.not_found")
	}
	return id, nil
}

// Not statuses: integers, in a package with no net/http in sight.
func Limit() int { return 429 }

func Page(n int) (int, error) {
	if n < 0 {
		return 400, nil
	}
	return n, nil
}

// Update names its error result and returns bare.
func Update(name string) (err error) { // want Update:"carries r0.Code=400"
	if name == "" {
		err = reasonerr.BadRequest("name.required")
	}
	return
}

// Save's error result may be changed by its deferred function: not
// followed.
func Save(name string) (err error) {
	defer func() {
		if err != nil {
			err = reasonerr.InternalServer("save.failed")
		}
	}()
	if name == "" {
		err = reasonerr.BadRequest("name.required")
	}
	return
}
