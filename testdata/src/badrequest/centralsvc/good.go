package centralsvc

import "example.com/reasonerr"

// Claim answers the conflict 409.
func Claim(s store, name string) error {
	if taken, _ := s.Taken(name); taken {
		return reasonerr.New(409, reasonUsernameDuplicate)
	}
	if name == "" {
		return reasonerr.BadRequest("username.required")
	}
	return nil
}
