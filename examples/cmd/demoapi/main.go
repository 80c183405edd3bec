// Command demoapi serves the statuslint demo API.
//
//	DEMOAPI_TOKEN=secret go run ./examples/cmd/demoapi -addr :8080
package main

import (
	"flag"
	"log"
	"net/http"
	"os"
	"time"

	"github.com/statuslint/statuslint/examples/api"
	"github.com/statuslint/statuslint/examples/store"
)

func main() {
	addr := flag.String("addr", "localhost:8080", "listen address")
	flag.Parse()

	srv := &http.Server{
		Addr:              *addr,
		Handler:           api.New(store.New(), os.Getenv("DEMOAPI_TOKEN")).Routes(),
		ReadHeaderTimeout: 5 * time.Second,
	}
	log.Printf("demoapi listening on %s", *addr)
	log.Fatal(srv.ListenAndServe())
}
