// The interview-prep use-case fixture: the seeker's core fixture (memory store and fakes, clock fixed at
// 2026-03-15T10:00:00Z) plus a text extractor that reads files as text, predictable session keys and, when a test
// sets one, a scripted model provider.
#pragma once

#include <deque>
#include <string>
#include <variant>

#include <offertracker/adapters/memory/fake_session_keys.hpp>
#include <offertracker/prep/browser_sessions.hpp>
#include <offertracker/prep/sessions.hpp>

#include "core_fixture.hpp"
#include "test_extractor.hpp"

namespace offertracker::test {

// A model provider that answers from queues a test fills; an empty queue is a provider failure.
class scripted_model final : public ports::interview_model {
public:
    std::deque<ports::question_result> questions;
    std::deque<ports::feedback_result> feedbacks;
    std::vector<ports::interview_brief> briefs;  // what it was asked, in order

    ports::question_result next_question(const ports::interview_brief& brief) override {
        briefs.push_back(brief);
        return pop(questions);
    }
    ports::feedback_result write_feedback(const ports::interview_brief& brief) override {
        briefs.push_back(brief);
        return pop(feedbacks);
    }

private:
    template <class T>
    static T pop(std::deque<T>& queue) {
        if (queue.empty()) return ports::interview_model_error{"the script has no answer left"};
        T next = std::move(queue.front());
        queue.pop_front();
        return next;
    }
};

struct prep_fixture : core_fixture {
    text_file_extractor extractor;
    memory::fake_session_keys keys;
    prep::services prep_svc{svc, extractor, keys};

    prep::session_id session(const uc::actor& who, const std::string& title = "Backend Engineer",
                             const std::string& company = "Acme") {
        tick();
        auto s = prep::create_session(prep_svc, who, {title, company, std::nullopt, std::nullopt});
        REQUIRE(s.has_value());
        return s->id;
    }

    // Answers every question until the interview asks no more, with the same answer each time.
    prep::interview_state answer_all(const uc::actor& who, prep::session_id id, const std::string& answer) {
        auto state = prep::open_interview(prep_svc, who, id);
        REQUIRE(state.has_value());
        while (!state->is_complete) {
            tick();
            state = prep::answer_question(prep_svc, who, id, answer);
            REQUIRE(state.has_value());
        }
        return *state;
    }
};

// An answer with every STAR part, numbers and first-person ownership: the rubric's strong case.
inline const std::string strong_answer =
    "Last year our checkout service was failing during sales peaks, and I was responsible for fixing it before "
    "Black Friday. My task was to cut the error rate without a rewrite. I profiled the PostgreSQL queries, added "
    "an index, moved the slow report to a background job and wrote load tests that reproduced the peak. As a "
    "result the error rate fell from 4% to 0.2% and checkout latency dropped by 60%, which kept about $200k of "
    "sales that we had lost the year before.";

}  // namespace offertracker::test
