// Package centralsvc is a service layer that cannot see net/http: the
// conflict it answers 400 is reported where it builds the error.
package centralsvc

import "example.com/reasonerr"

const reasonUsernameDuplicate = "username.duplicate"

type store interface {
	Taken(name string) (bool, error)
}

// Rename renames a user.
func Rename(s store, name string) error {
	taken, err := s.Taken(name)
	if err != nil {
		return err
	}
	if taken {
		return reasonerr.BadRequest(reasonUsernameDuplicate) // want `^400 \(http\.StatusBadRequest\) for a conflict \(centralsvc\.reasonUsernameDuplicate\); use 409`
	}
	return nil
}

const reasonEmailDuplicate = "email.duplicate"

// Invite names its error result and returns bare.
func Invite(s store, email string) (err error) {
	taken, err := s.Taken(email)
	if err != nil {
		return
	}
	if taken {
		err = reasonerr.BadRequest(reasonEmailDuplicate) // want `^400 \(http\.StatusBadRequest\) for a conflict \(centralsvc\.reasonEmailDuplicate\); use 409`
		return
	}
	return
}

// Join returns its errors by value, then ends bare.
func Join(s store, email string) (err error) {
	taken, err := s.Taken(email)
	if err != nil {
		return err
	}
	if taken {
		return reasonerr.BadRequest(reasonEmailDuplicate) // want `^400 \(http\.StatusBadRequest\) for a conflict \(centralsvc\.reasonEmailDuplicate\); use 409`
	}
	return
}
