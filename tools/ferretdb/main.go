// Command ferretdb runs FerretDB's embeddable server as a standalone process.
// Building FerretDB's own command with `go install` panics on a missing version
// file, so this wrapper imports the embeddable package instead.
package main

import (
	"context"
	"flag"
	"log"
	"os"
	"os/signal"
	"syscall"

	"github.com/FerretDB/FerretDB/ferretdb"
)

func main() {
	listen := flag.String("listen-addr", "127.0.0.1:27017", "address to listen on")
	pgURL := flag.String("postgresql-url", "", "PostgreSQL URL used as the storage backend")
	sqlitePath := flag.String("sqlite-url", "", "SQLite directory URL used as the storage backend (file:/path/)")
	flag.Parse()

	conf := ferretdb.Config{Listener: ferretdb.ListenerConfig{TCP: *listen}}
	switch {
	case *sqlitePath != "":
		conf.Handler = "sqlite"
		conf.SQLiteURL = *sqlitePath
	case *pgURL != "":
		conf.Handler = "postgresql"
		conf.PostgreSQLURL = *pgURL
	default:
		log.Fatal("one of --postgresql-url or --sqlite-url is required")
	}

	f, err := ferretdb.New(&conf)
	if err != nil {
		log.Fatal(err)
	}

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()

	log.Printf("FerretDB listening on %s", *listen)
	if err := f.Run(ctx); err != nil && ctx.Err() == nil {
		log.Fatal(err)
	}
}
