# newsfacts - the two commands of the quick start, and the rest.
#   make          build build/newsfacts
#   make run      install what is missing, build, print the example's record
#   make test     install what is missing, build, run every test (also under ASan+UBSan)
#   make fuzz     run a libFuzzer harness (FUZZ_TARGET, default fuzz_extract) for FUZZ_SECONDS (default 60)
#   make bench    run the throughput benchmark
#   make format   reformat the C sources with clang-format
#   make python   build the Python wheel (with libnewsfacts.so inside) into build/python/
#   make python-test  the Python binding's and Dask runner's tests (pytest)
#   make data-check   tools/gazetteer/check.py over data/ and lang/de/entities/

BUILD     ?= build
ASAN      ?= build-asan
FUZZB     ?= build-fuzz
JOBS      ?= $(shell nproc 2>/dev/null || echo 2)
FUZZ_SECONDS ?= 60
# fuzz_extract (the library) or fuzz_jread (the store's JSON reader, against jansson)
FUZZ_TARGET ?= fuzz_extract
EXAMPLE   ?= examples/warschau-energie.jsonl
# Debian's Python (with python3-dask, python3-distributed, python3-pytest).
PYTHON    ?= $(shell test -x /usr/bin/python3 && echo /usr/bin/python3 || echo python3)
C_SOURCES  = $(shell git ls-files '*.c' '*.h' 2>/dev/null || find src include tests tools -name '*.[ch]')

.PHONY: all deps build run test unit-test asan-test valgrind-test python-test data-check python format format-check fuzz bench clean

all: build

deps:
	@tools/install-deps

build: deps
	@cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
	@cmake --build $(BUILD) -j $(JOBS) 1>&2

run: build
	@$(BUILD)/newsfacts extract --pretty $(EXAMPLE)

test: build format-check data-check unit-test asan-test valgrind-test python-test
	@echo "make test: all checks passed"

# The gazetteers and hand-written lexicons (columns, codes, dates, duplicates).
data-check: build
	@$(PYTHON) tools/gazetteer/check.py > $(BUILD)/data-check.log || \
	    { tail -20 $(BUILD)/data-check.log; exit 1; }
	@echo "data-check: clean"

unit-test: build
	@cd $(BUILD) && ctest --output-on-failure

# Built with clang (tools/install-deps installs it): its UBSan also checks
# pointer arithmetic on NULL ("applying zero offset to null pointer"),
# which gcc's lets pass.  (CC is read when $(ASAN) is first configured.)
asan-test: deps
	@CC=clang cmake -S . -B $(ASAN) -DCMAKE_BUILD_TYPE=Debug -DNF_SANITIZE=ON >/dev/null
	@cmake --build $(ASAN) -j $(JOBS)
	@cd $(ASAN) && ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 ctest --output-on-failure

valgrind-test: build
	@tests/valgrind.sh $(BUILD)

python-test: build
	@cd python && NEWSFACTS_BUILD=$(abspath $(BUILD)) PYTHONPATH=. $(PYTHON) -m pytest -q tests

# The wheel is built from a copy of python/ so that the checkout stays clean;
# install it anywhere with `pip install --no-index build/python/newsfacts-*.whl`.
python: build
	@rm -rf $(BUILD)/python $(BUILD)/python-src
	@mkdir -p $(BUILD)/python-src
	@cp -r python/newsfacts python/pyproject.toml python/setup.py python/README.md $(BUILD)/python-src/
	@rm -rf $(BUILD)/python-src/newsfacts/__pycache__ $(BUILD)/python-src/newsfacts/libnewsfacts.so*
	@NEWSFACTS_LIB=$(abspath $(BUILD))/libnewsfacts.so $(PYTHON) -m pip wheel -q --no-index \
	    --no-build-isolation --no-deps -w $(BUILD)/python $(BUILD)/python-src
	@ls $(BUILD)/python/*.whl

format-check: deps
	@clang-format --dry-run -Werror $(C_SOURCES) && echo "clang-format: clean"

format: deps
	@clang-format -i $(C_SOURCES)

fuzz: deps
	@CC=clang cmake -S . -B $(FUZZB) -DCMAKE_BUILD_TYPE=RelWithDebInfo -DNF_FUZZ=ON -DNF_TESTS=OFF >/dev/null
	@cmake --build $(FUZZB) -j $(JOBS) --target $(FUZZ_TARGET)
	@mkdir -p $(FUZZB)/corpus-$(FUZZ_TARGET)
	@$(FUZZB)/$(FUZZ_TARGET) -max_total_time=$(FUZZ_SECONDS) -max_len=8192 -timeout=10 \
	    $(FUZZB)/corpus-$(FUZZ_TARGET) tests/fuzz/corpus

bench: build
	@bench/run

clean:
	rm -rf $(BUILD) $(ASAN) $(FUZZB)
