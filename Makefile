# ControlMap: `make run` to try it, `make test` to check it.
SHELL := /bin/bash
SWIFT ?= swift
CONFIG ?= config/controlmap.yaml
SHARED ?= ../shared
DEBIAN_PACKAGES := libsqlite3-dev libcurl4-openssl-dev gdal-bin librsvg2-bin python3-jsonschema bc
BIN := .build/release/controlmap

.PHONY: deps build run test score clean

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
	@echo "serving; the map is written to var/out/latest.geojson (Ctrl-C to stop)"
	exec $(BIN) serve --config $(CONFIG)

## test: one debug build, every test, then the extraction score on the shared dev corpus.
test: deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build
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
