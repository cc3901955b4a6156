// ports::in_write_unit on its own: which failures it reruns, when the store pauses, and that every attempt gets
// a fresh unit of work (the previous one destroyed, so rolled back, before the pause).
#include <catch2/catch.hpp>

#include <offertracker/adapters/memory/in_memory_store.hpp>
#include <offertracker/ports/in_write_unit.hpp>

namespace ports = offertracker::ports;

namespace {

// Counts begins and pauses over a memory store; begin() itself may lose the race (SQLite's BEGIN IMMEDIATE
// finding the database locked), and a pause records whether any unit was still open.
class counting_store final : public ports::store {
public:
    std::unique_ptr<ports::unit_of_work> begin(ports::access mode) override {
        ++begins;
        if (mode == ports::access::read_write && failing_begins > 0) {
            --failing_begins;
            throw ports::transaction_conflict("database is locked (test)");
        }
        return inner.begin(mode);
    }
    void pause_before_rerun(int rerun) override {
        pauses.push_back(rerun);
        // A unit still open would hold the memory store's lock: a read could not begin.
        (void)inner.begin(ports::access::read_only);
    }

    offertracker::adapters::memory::in_memory_store inner;
    int failing_begins = 0;
    int begins = 0;
    std::vector<int> pauses;
};

}  // namespace

TEST_CASE("in_write_unit: a conflict from begin() or from the body is rerun; the last one propagates",
          "[ports][reruns]") {
    counting_store st;
    SECTION("begin") {
        st.failing_begins = 2;
        CHECK(ports::in_write_unit(st, [](ports::unit_of_work&) { return 7; }) == 7);
        CHECK(st.begins == 3);
        CHECK(st.pauses == std::vector<int>{1, 2});
    }
    SECTION("body") {
        int runs = 0;
        auto body = [&](ports::unit_of_work&) {
            if (++runs < ports::write_attempts) throw ports::transaction_conflict("could not serialize (test)");
            return runs;
        };
        CHECK(ports::in_write_unit(st, body) == ports::write_attempts);
        CHECK(st.pauses.size() == static_cast<std::size_t>(ports::write_attempts - 1));
    }
    SECTION("every attempt") {
        int runs = 0;
        CHECK_THROWS_AS(ports::in_write_unit(st,
                                             [&](ports::unit_of_work&) -> int {
                                                 ++runs;
                                                 throw ports::transaction_conflict("could not serialize (test)");
                                             }),
                        ports::transaction_conflict);
        CHECK(runs == ports::write_attempts);
        CHECK(st.pauses == std::vector<int>{1, 2, 3, 4});
    }
}

TEST_CASE("in_write_unit: other failures are not rerun", "[ports][reruns]") {
    counting_store st;
    int runs = 0;
    CHECK_THROWS_AS(ports::in_write_unit(st,
                                         [&](ports::unit_of_work&) {
                                             ++runs;
                                             throw ports::unique_violation("users_email_key (test)");
                                         }),
                    ports::unique_violation);
    CHECK_THROWS_AS(ports::in_write_unit(st,
                                         [&](ports::unit_of_work&) {
                                             ++runs;
                                             throw ports::storage_error("disk full (test)");
                                         }),
                    ports::storage_error);
    CHECK(runs == 2);
    CHECK(st.pauses.empty());
}
