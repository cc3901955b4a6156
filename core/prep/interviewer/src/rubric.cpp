// The rubric. An answer earns points (STAR markers 4, a concrete example 1, a figure 1, "I" over "we" 1, length 2,
// and for a skill question naming the skill 1: 9 or 10 in all), scaled to 1..10; answers under 10 words score 1 and
// under 40 words at most 3, since no structure can make up for a missing story. Every point won or lost leaves a note.
#include <offertracker/prep/rubric.hpp>

#include "answer_signals.hpp"
#include "ascii_text.hpp"
#include "cv_review.hpp"
#include "wording.hpp"

#include <offertracker/skills/vocabulary.hpp>

#include <algorithm>
#include <unordered_set>

namespace offertracker::prep {
namespace {

namespace sk = offertracker::skills;

constexpr std::size_t good_answer_words = 80;
constexpr std::size_t empty_answer_words = 10;
constexpr std::size_t half_of_interview = max_questions / 2;

// One skill, however it is spelled: the canonical name when the vocabulary knows it.
std::string skill_key(std::string_view s) {
    const auto canon = sk::canonical(s);
    return canon ? std::string(*canon) : ascii::key_of(s);
}

bool same_skill(std::string_view a, std::string_view b) {
    return !text::is_blank(a) && skill_key(a) == skill_key(b);
}

// The skill a question probes: a skill question's topic, or a follow-up's or model question's topic when it is one
// of the job's skills. Empty for the rest.
std::string probed_skill(const turn& t, const std::vector<std::string>& job_skills) {
    const std::string topic = ascii::one_line(t.topic);
    if (topic.empty()) return {};
    auto display = [&] { return std::string(sk::canonical(topic).value_or(topic)); };
    if (t.source == question_source::skill) return display();
    if (t.source == question_source::follow_up || t.source == question_source::model) {
        for (const std::string& s : job_skills)
            if (same_skill(s, topic)) return display();
    }
    return {};
}

std::string count_words(std::size_t n) { return std::to_string(n) + (n == 1 ? " word" : " words"); }

// "3 of 5 answers end", "All 4 answers end", "Your answer ends": the subject and the verb agree.
std::string how_many(std::size_t n, std::size_t of, std::string_view singular, std::string_view plural) {
    if (of == 1) return "Your answer " + std::string(singular);
    if (n == of) return "All " + std::to_string(of) + " answers " + std::string(plural);
    return std::to_string(n) + " of " + std::to_string(of) + " answers " + std::string(n == 1 ? singular : plural);
}

std::string times(std::size_t n) { return std::to_string(n) + (n == 1 ? " time" : " times"); }

struct assessed {
    answer_assessment assessment;
    answer_signals signals;
    std::string skill;  // the skill the question probed, "" for none
    bool names_skill = false;
};

assessed assess(const turn& t, const std::vector<std::string>& job_skills) {
    assessed out;
    answer_assessment& a = out.assessment;
    a.position = t.position;
    const std::string_view text = t.answer ? std::string_view(*t.answer) : std::string_view{};
    const answer_signals& s = out.signals = read_answer(text);
    if (s.situation) a.star_found.emplace_back("situation");
    if (s.task) a.star_found.emplace_back("task");
    if (s.action) a.star_found.emplace_back("action");
    if (s.result) a.star_found.emplace_back("result");
    if (s.words == 0) {
        a.score = 1;
        a.notes.emplace_back("No answer was given.");
        return out;
    }

    int points = static_cast<int>(a.star_found.size());
    int most = 9;
    const bool example = s.tells_example();
    const bool own_voice = s.singular > 0 && s.singular >= s.plural;
    const bool fits = s.words >= short_answer_words && s.words <= long_answer_words;
    points += (example ? 1 : 0) + (s.numbers > 0 ? 1 : 0) + (own_voice ? 1 : 0) + (fits ? 1 : 0) +
              (fits && s.words >= good_answer_words ? 1 : 0);

    if (s.words < short_answer_words) {
        a.notes.push_back("At " + count_words(s.words) +
                          " the answer is too short to show what you did: aim for 80 to 250 words with one real "
                          "example.");
    } else if (s.words > long_answer_words) {
        a.notes.push_back("At " + count_words(s.words) +
                          " the answer rambles: keep to the situation, your actions and the result, under 400 words.");
    } else if (s.words < good_answer_words) {
        a.notes.push_back("At " + count_words(s.words) +
                          " the answer is on the short side: add what you did step by step and what changed.");
    } else {
        a.notes.push_back("At " + count_words(s.words) +
                          " the answer is a good length: room for a full story without rambling.");
    }

    if (a.star_found.size() == 4) {
        a.notes.emplace_back("It follows the STAR structure: situation, task, action and result are all there.");
    } else if (a.star_found.empty()) {
        a.notes.emplace_back("It has no STAR structure: set the situation, say what your task was, what you did, and "
                             "how it ended.");
    } else {
        std::vector<std::string> missing;
        for (std::string_view part : {"situation", "task", "action", "result"})
            if (std::find(a.star_found.begin(), a.star_found.end(), part) == a.star_found.end())
                missing.emplace_back(part);
        a.notes.push_back("Missing from the STAR structure: " + and_list(missing) + ".");
    }

    if (!example) {
        a.notes.emplace_back(s.hypothetical > 0
                                 ? "It describes what you would do rather than what you did: tell one real story, in "
                                   "the past tense."
                                 : "It gives no concrete example: describe one specific time, what you did and what "
                                   "happened.");
    }
    if (!s.names_result()) {
        a.notes.emplace_back("It ends without a result: say what changed, with a number if you can.");
    } else if (s.numbers == 0) {
        a.notes.emplace_back("The result has no figure: quantify it (time saved, %, users, money) if you can.");
    } else {
        a.notes.emplace_back("It gives figures, which makes the outcome concrete and believable.");
    }
    if (s.plural > s.singular) {
        a.notes.push_back("It says \"we\" or \"our\" " + times(s.plural) + " and \"I\" or \"my\" " + times(s.singular) +
                          ": make clear what you did yourself.");
    } else if (own_voice && example) {
        a.notes.emplace_back("It makes clear what you did yourself (\"I\" over \"we\").");
    }

    const skill_mentions mentions(text);
    out.skill = probed_skill(t, job_skills);
    if (!out.skill.empty()) {
        ++most;
        out.names_skill = mentions.names(out.skill);
        if (out.names_skill) {
            ++points;
            a.notes.push_back("It names " + out.skill + ", the skill the question is about.");
        } else {
            a.notes.push_back("It never names " + out.skill +
                              ", the skill the question is about: say where and how you used it.");
        }
    }
    std::vector<std::string> others;
    for (const std::string& skill : job_skills) {
        if (!out.skill.empty() && same_skill(skill, out.skill)) continue;
        if (mentions.names(skill)) others.push_back(ascii::one_line(skill));
    }
    if (!others.empty()) a.notes.push_back("It also brings in " + and_list(others) + " from the job's skills.");

    a.score = 1 + (points * 18 + most) / (2 * most);
    if (s.words < empty_answer_words) a.score = 1;
    if (s.words < short_answer_words) a.score = std::min(a.score, 3);
    return out;
}

}  // namespace

answer_assessment assess_answer(const turn& answered, const std::vector<std::string>& job_skills) {
    return assess(answered, job_skills).assessment;
}

feedback assess_interview(const rubric_inputs& in) {
    feedback f;
    f.written_by = "offline";
    f.cv_improvements = cv_suggestions(in.job_skills, in.cv_text, in.job_title);

    std::vector<const turn*> answered;
    for (const turn& t : in.turns)
        if (t.answer) answered.push_back(&t);
    std::stable_sort(answered.begin(), answered.end(),
                     [](const turn* a, const turn* b) { return a->position < b->position; });
    if (answered.empty()) {
        f.score = 1;
        f.weaknesses.emplace_back("No question was answered, so there is nothing to assess yet: answer the questions "
                                  "to get feedback on them.");
        return f;
    }

    std::vector<assessed> all;
    all.reserve(answered.size());
    for (const turn* t : answered) all.push_back(assess(*t, in.job_skills));
    const std::size_t n = all.size();
    auto count = [&](auto&& pred) {
        return static_cast<std::size_t>(std::count_if(all.begin(), all.end(), pred));
    };
    auto most = [&](std::size_t k) { return k > 0 && 2 * k >= n; };

    long long sum = 0;
    for (const assessed& a : all) sum += a.assessment.score;
    f.score = static_cast<int>((2 * sum + static_cast<long long>(n)) / (2 * static_cast<long long>(n)));
    if (n < half_of_interview) {
        const int lowered = static_cast<int>(half_of_interview - n);
        f.score = std::max(1, f.score - lowered);
        f.weaknesses.push_back("Only " + std::to_string(n) + " of " + std::to_string(max_questions) +
                               " questions were answered, so the score is lowered by " + std::to_string(lowered) +
                               ": finish the interview for a full assessment.");
    }

    const std::size_t star = count([](const assessed& a) { return a.assessment.star_found.size() == 4; });
    const std::size_t figures = count([](const assessed& a) { return a.signals.numbers > 0; });
    const std::size_t no_result = count([](const assessed& a) { return !a.signals.names_result(); });
    const std::size_t short_ones = count([](const assessed& a) { return a.signals.words < short_answer_words; });
    const std::size_t long_ones = count([](const assessed& a) { return a.signals.words > long_answer_words; });
    const std::size_t good_length = count([](const assessed& a) {
        return a.signals.words >= good_answer_words && a.signals.words <= long_answer_words;
    });
    const std::size_t examples = count([](const assessed& a) { return a.signals.tells_example(); });
    const std::size_t own_voice = count([](const assessed& a) {
        return a.signals.singular > 0 && a.signals.singular >= a.signals.plural;
    });
    const std::size_t we_heavy = count([](const assessed& a) { return a.signals.plural > a.signals.singular; });

    if (most(star)) f.strengths.push_back(how_many(star, n, "follows", "follow") + " the STAR structure: situation, "
                                          "task, action and result.");
    if (most(examples)) f.strengths.push_back(how_many(examples, n, "tells", "tell") + " a concrete story from your "
                                              "past, not a general principle.");
    if (most(figures)) f.strengths.push_back(how_many(figures, n, "quantifies", "quantify") + " the outcome, which "
                                             "makes it believable.");
    if (most(own_voice)) f.strengths.push_back(how_many(own_voice, n, "makes", "make") + " clear what you did "
                                               "yourself (\"I\" over \"we\").");
    if (most(good_length)) f.strengths.push_back(how_many(good_length, n, "has", "have") + " a good length: 80 to "
                                                 "400 words, room for a full story without rambling.");

    if (no_result > 0) f.weaknesses.push_back(how_many(no_result, n, "ends", "end") + " without a result: say what "
                                              "changed, with a number if you can.");
    if (short_ones > 0) f.weaknesses.push_back(how_many(short_ones, n, "is", "are") + " under 40 words: give the "
                                               "situation, what you did and the result.");
    if (n - examples > 0) f.weaknesses.push_back(how_many(n - examples, n, "gives", "give") + " no concrete "
                                                 "example: tell one real story, in the past tense, not what you "
                                                 "would usually do.");
    if (we_heavy > 0) f.weaknesses.push_back(how_many(we_heavy, n, "says", "say") + " \"we\" more than \"I\": the "
                                             "interviewer needs to hear what you did yourself.");
    if (figures == 0 && no_result < n) f.weaknesses.emplace_back("No answer gives a figure: quantify outcomes (time "
                                                                 "saved, %, users, money) wherever you can.");
    if (long_ones > 0) f.weaknesses.push_back(how_many(long_ones, n, "runs", "run") + " over 400 words: keep to the "
                                              "situation, your actions and the result.");

    // Skill questions: did the answers name what they were asked about?
    std::vector<std::string> unnamed;
    std::size_t skill_answers = 0;
    for (const assessed& a : all) {
        if (a.skill.empty()) continue;
        ++skill_answers;
        if (!a.names_skill && std::find(unnamed.begin(), unnamed.end(), a.skill) == unnamed.end())
            unnamed.push_back(a.skill);
    }
    if (skill_answers > 0 && unnamed.empty()) {
        f.strengths.emplace_back("Every answer to a skill question names the skill it was asked about.");
    } else if (!unnamed.empty()) {
        f.weaknesses.push_back("Your answers to the questions on " + and_list(unnamed) +
                               " never name the skill: say where and how you used it.");
    }

    // Coverage of the job's skills across all answers.
    std::vector<std::string> job;
    std::unordered_set<std::string> seen;
    for (const std::string& skill : in.job_skills) {
        std::string name = ascii::one_line(skill);
        if (!name.empty() && seen.insert(skill_key(name)).second) job.push_back(std::move(name));
    }
    if (!job.empty()) {
        std::vector<std::string> covered, missing;
        std::vector<skill_mentions> mentions;
        mentions.reserve(answered.size());
        for (const turn* t : answered) mentions.emplace_back(*t->answer);
        for (const std::string& skill : job) {
            const bool named = std::any_of(mentions.begin(), mentions.end(),
                                           [&](const skill_mentions& m) { return m.names(skill); });
            (named ? covered : missing).push_back(skill);
        }
        if (2 * covered.size() >= job.size()) {
            f.strengths.push_back("Your answers bring in " + std::to_string(covered.size()) + " of the job's " +
                                  std::to_string(job.size()) + " skills: " + and_list(covered) + ".");
        }
        if (!missing.empty()) {
            f.weaknesses.push_back("Your answers never mention " + and_list(missing) +
                                   ", which the job asks for: bring them into your examples where you can.");
        }
    }

    std::vector<answer_assessment> assessments;
    assessments.reserve(n);
    for (assessed& a : all) assessments.push_back(std::move(a.assessment));
    f.answers = std::move(assessments);
    return f;
}

}  // namespace offertracker::prep
