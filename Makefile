# ControlMap: `make run` to try it, `make test` to check it.
SHELL := /bin/bash
SWIFT ?= swift
CONFIG ?= config/controlmap.yaml
SHARED ?= ../shared
DEBIAN_PACKAGES := libsqlite3-dev libcurl4-openssl-dev gdal-bin librsvg2-bin python3-jsonschema bc libjs-leaflet chromium wrk curl
BIN := .build/release/controlmap

.PHONY: deps build run test score clean install uninstall fuzz

## deps: install the Debian packages the build and the tests need (as root), or say how.
deps:
	@missing=$$(for p in $(DEBIAN_PACKAGES); do dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "ok installed" || echo $$p; done); \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ]; then \
	    echo "installing:" $$missing; \
	    (apt-get update -qq || true) && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null; \
	  else \
	    echo "missing Debian packages; run: sudo apt-get install -y $$missing"; exit 1; \
	  fi; \
	fi
	@command -v $(SWIFT) >/dev/null || { echo "swift not found: install Swift 6.3 (swift.org) and put it on PATH"; exit 1; }

## build: release build of the controlmap executable.
build: deps
	$(SWIFT) build -c release --product controlmap

## run: build, put the example articles into the inbox, run the service in the foreground.
run: build
	@mkdir -p var/inbox/tmp var/inbox/new
	@for f in examples/*.txt examples/*.json; do cp "$$f" var/inbox/tmp/ && mv "var/inbox/tmp/$$(basename "$$f")" var/inbox/new/; done
	@echo "serving; the web map is at http://127.0.0.1:8750/ and the GeoJSON in var/out/latest.geojson (Ctrl-C to stop)"
	exec $(BIN) serve --config $(CONFIG)

## test: one debug build, every test, then the extraction score on the shared dev corpus.
# The end-to-end tests wait on child processes in blocking calls: in a process of their own they
# cannot hold the two threads of Swift concurrency that the in-process service tests need.
test: deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build --skip EndToEndTests
	$(SWIFT) test --skip-build --filter EndToEndTests
	$(MAKE) --no-print-directory fuzz FUZZ_SECONDS=20
	@if [ -x $(SHARED)/tools/score-events ]; then \
	  echo "extraction score on $(SHARED)/corpus/dev (shared GeoNames files loaded):"; \
	  printf 'gazetteer:\n  files: [%s, %s]\n' "$(SHARED)/gazetteer/geonames/SY.txt" "$(SHARED)/gazetteer/geonames/IQ.txt" > .build/score-config.yaml; \
	  $(SHARED)/tools/score-events --corpus $(SHARED)/corpus/dev --controlmap .build/debug/controlmap --config .build/score-config.yaml | tail -3; \
	fi

## score: the extraction score with the release build, every miss listed.
score: build
	@printf 'gazetteer:\n  files: [%s, %s]\n' "$(SHARED)/gazetteer/geonames/SY.txt" "$(SHARED)/gazetteer/geonames/IQ.txt" > .build/score-config.yaml
	$(SHARED)/tools/score-events --corpus $(SHARED)/corpus/dev --controlmap $(BIN) --config .build/score-config.yaml --verbose

clean:
	rm -rf .build var

PREFIX ?= /usr/local
DESTDIR ?=
UNITDIR ?= /etc/systemd/system
SYSUSERSDIR ?= /usr/lib/sysusers.d

## install: the binary, unit, default configuration, lexicons and gazetteer in their FHS places.
install: build
	install -D -m 0755 $(BIN) $(DESTDIR)$(PREFIX)/bin/controlmap
	install -d $(DESTDIR)$(PREFIX)/share/controlmap/lexicon $(DESTDIR)$(PREFIX)/share/controlmap/gazetteer $(DESTDIR)$(PREFIX)/share/controlmap/web $(DESTDIR)$(PREFIX)/share/doc/controlmap
	install -m 0644 web/* $(DESTDIR)$(PREFIX)/share/controlmap/web/
	install -m 0644 config/lexicon/*.tsv config/lexicon/*.txt $(DESTDIR)$(PREFIX)/share/controlmap/lexicon/
	install -m 0644 gazetteer/*.tsv gazetteer/*.txt gazetteer/README.md $(DESTDIR)$(PREFIX)/share/controlmap/gazetteer/
	install -m 0644 README.md $(DESTDIR)$(PREFIX)/share/doc/controlmap/README.md
	install -d $(DESTDIR)/etc/controlmap
	@if [ ! -e $(DESTDIR)/etc/controlmap/controlmap.yaml ]; then \
	  sed -e 's|^state_dir: .*|state_dir: /var/lib/controlmap/state|' -e 's|^inbox_dir: .*|inbox_dir: /var/lib/controlmap/inbox|' \
	      -e 's|^output_dir: .*|output_dir: /var/lib/controlmap/out|' -e 's|^lexicon_dir: .*|lexicon_dir: $(PREFIX)/share/controlmap/lexicon|' \
	      -e 's|  bundled_dir: .*|  bundled_dir: $(PREFIX)/share/controlmap/gazetteer|' -e 's|  additions: .*|  additions: /etc/controlmap/gazetteer-additions.tsv|' \
	      config/controlmap.yaml > $(DESTDIR)/etc/controlmap/controlmap.yaml; \
	  install -m 0644 config/gazetteer-additions.tsv $(DESTDIR)/etc/controlmap/gazetteer-additions.tsv; \
	else echo "keeping the existing /etc/controlmap/controlmap.yaml"; fi
	install -d $(DESTDIR)$(UNITDIR)
	sed -e 's|/usr/local/bin/controlmap|$(PREFIX)/bin/controlmap|' -e 's|/usr/local/share/doc|$(PREFIX)/share/doc|' \
	    systemd/controlmap.service > $(DESTDIR)$(UNITDIR)/controlmap.service
	install -D -m 0644 systemd/controlmap.sysusers.conf $(DESTDIR)$(SYSUSERSDIR)/controlmap.conf
	@if [ -z "$(DESTDIR)" ] && command -v systemd-sysusers >/dev/null; then systemd-sysusers $(SYSUSERSDIR)/controlmap.conf; fi
	@echo "installed; start with: systemctl daemon-reload && systemctl enable --now controlmap"
	@echo "the service runs as user controlmap; let NAME drop articles into /var/lib/controlmap/inbox/new"
	@echo "and read the map in /var/lib/controlmap/out with: usermod -aG controlmap NAME (then log in again)"

## uninstall: remove what install put in place (the configuration in /etc/controlmap and the state stay).
uninstall:
	rm -f $(DESTDIR)$(PREFIX)/bin/controlmap $(DESTDIR)$(UNITDIR)/controlmap.service $(DESTDIR)$(SYSUSERSDIR)/controlmap.conf
	rm -rf $(DESTDIR)$(PREFIX)/share/controlmap $(DESTDIR)$(PREFIX)/share/doc/controlmap
	@echo "left in place: /etc/controlmap (your configuration), /var/lib/controlmap (the store) and the user controlmap"

FUZZ_SECONDS ?= 600
FUZZ_BIN := .build-fuzz/controlmap-fuzz
## fuzz: build the libFuzzer harness (core sources and harness as one module, swiftc -sanitize=fuzzer)
## and run it for FUZZ_SECONDS (default 10 minutes) from the seeds in fuzz/corpus.
fuzz: $(FUZZ_BIN)
	mkdir -p .build-fuzz/corpus
	CONTROLMAP_ROOT=$(CURDIR) $(FUZZ_BIN) -max_total_time=$(FUZZ_SECONDS) -max_len=65536 -timeout=30 -rss_limit_mb=4096 \
	  .build-fuzz/corpus fuzz/corpus

$(FUZZ_BIN): $(shell find Sources/ControlMapCore Fuzz -name '*.swift')
	mkdir -p .build-fuzz
	swiftc -sanitize=fuzzer -parse-as-library -DFUZZING -swift-version 6 -module-name ControlMapFuzz -g \
	  $$(find Sources/ControlMapCore -name '*.swift') Fuzz/DocumentPathFuzzer.swift -o $(FUZZ_BIN)
