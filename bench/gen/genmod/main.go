// Command genmod writes a synthetic module for timing statuslint by hand:
//
//	go run ./bench/gen/genmod -n 100000 -o /tmp/synth && cd /tmp/synth && statuslint ./...
//	go run ./bench/gen/genmod -big 400 -o /tmp/big
//
// -n writes n handlers in packages of gen.PerPackage; -big writes one
// handler of that many control-flow chunks instead.
package main

import (
	"flag"
	"fmt"
	"log"

	"github.com/statuslint/statuslint/bench/gen"
)

func main() {
	n := flag.Int("n", 1000, "number of handlers")
	big := flag.Int("big", 0, "write one handler of this many chunks instead of -n handlers")
	out := flag.String("o", "", "directory to write the module into (required)")
	flag.Parse()
	if *out == "" || flag.NArg() > 0 {
		flag.Usage()
		log.Fatal("genmod: -o is required and no arguments are taken")
	}
	if *big > 0 {
		stmts, err := gen.Big(*out, *big)
		if err != nil {
			log.Fatal(err)
		}
		fmt.Printf("%s: one handler of %d statements in %s\n", *out, stmts, gen.BigPackage)
		return
	}
	pkgs, err := gen.Module(*out, *n)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Printf("%s: %d handlers in %d packages\n", *out, *n, len(pkgs))
}
