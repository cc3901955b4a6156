// libFuzzer target: the offline interviewer (core/prep/interviewer). Input: any bytes, split at '\x1F' into the job
// title, company, job description, CV, an own-bank question and answers; the first 8 bytes also seed the plan.
// Besides not crashing: a plan has max_questions questions with no text twice and is the same on a second call; a
// whole interview asks at most max_questions questions, never one twice, with at most two follow-ups; every score is
// 1..10; the feedback is deterministic; CV gaps are job skills.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include <offertracker/prep/interviewer.hpp>
#include <offertracker/prep/rubric.hpp>

namespace {

namespace prep = offertracker::prep;

std::vector<std::string> fields_of(std::string_view text) {
    std::vector<std::string> out;
    while (true) {
        const std::size_t cut = text.find('\x1F');
        out.emplace_back(text.substr(0, cut));
        if (cut == std::string_view::npos) break;
        text.remove_prefix(cut + 1);
    }
    return out;
}

// The planner's notion of one text: ASCII case and whitespace runs ignored.
std::string key_of(std::string_view s) {
    std::string out;
    bool gap = false;
    for (char c : s) {
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
            gap = !out.empty();
            continue;
        }
        if (gap) out += ' ';
        gap = false;
        out += c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
    }
    return out;
}

void require(bool ok) {
    if (!ok) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    std::vector<std::string> f = fields_of(text);
    f.resize(std::max<std::size_t>(f.size(), 6));

    prep::plan_inputs in;
    in.job_title = f[0];
    in.company_name = f[1];
    in.job_description = f[2];
    in.own_questions = {{f[4], f[0], f[1], f[0]}, {f[5], "Onsite", "", ""}};
    if (size >= sizeof in.seed) std::memcpy(&in.seed, data, sizeof in.seed);

    const auto plan = prep::plan_questions(in);
    require(plan.size() == static_cast<std::size_t>(prep::max_questions));
    std::set<std::string> keys;
    for (const auto& q : plan) require(keys.insert(key_of(q.text)).second);
    require(plan == prep::plan_questions(in));

    // A whole interview, the answers taken in turn from the fields after the CV.
    std::vector<prep::turn> asked;
    while (auto q = prep::next_question(in, asked)) {
        require(asked.size() < static_cast<std::size_t>(prep::max_questions));
        prep::turn t;
        t.position = static_cast<int>(asked.size());
        t.question = q->text;
        t.source = q->source;
        t.topic = q->topic;
        t.answer = f[4 + asked.size() % (f.size() - 4)];
        require(prep::gap_of(*t.answer) == prep::gap_of(*t.answer));
        asked.push_back(std::move(t));
    }
    std::set<std::string> questions;
    for (const auto& t : asked) require(questions.insert(t.question).second);
    require(std::count_if(asked.begin(), asked.end(),
                          [](const prep::turn& t) { return t.source == prep::question_source::follow_up; }) <= 2);

    const std::vector<std::string> skills = prep::job_skills(in.job_description);
    for (const auto& t : asked) {
        const auto a = prep::assess_answer(t, skills);
        require(a.score >= 1 && a.score <= 10 && a.position == t.position);
    }
    for (const std::string& gap : prep::cv_gaps(skills, f[3]))
        require(std::find(skills.begin(), skills.end(), gap) != skills.end());

    prep::rubric_inputs r{asked, skills, f[3], in.job_title};
    const auto feedback = prep::assess_interview(r);
    require(feedback.score >= 1 && feedback.score <= 10);
    require(feedback.answers.size() == asked.size());
    require(feedback == prep::assess_interview(r));
    return 0;
}
