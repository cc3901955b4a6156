// The question bank (docs/behaviour.md §21): every question of every stage, stage type falling back to the name,
// company and role of the parent application, in stage order.
#include <offertracker/domain/question_bank.hpp>

#include "test_support.hpp"

using namespace offertracker;
using domain::bank_question;
using domain::collect_questions;

namespace {

domain::application app(std::string id, std::string company, std::string role) {
    domain::application a;
    a.id = std::move(id);
    a.company_name = std::move(company);
    a.role_title = std::move(role);
    return a;
}

domain::stage stage(std::string app_id, std::string name, std::optional<domain::stage_type> type,
                    std::vector<std::string> questions) {
    domain::stage s;
    s.application_id = std::move(app_id);
    s.stage_name = std::move(name);
    s.stage_type = type;
    s.questions_asked = std::move(questions);
    return s;
}

}  // namespace

namespace Catch {
template <>
struct StringMaker<bank_question> {
    static std::string convert(const bank_question& q) {
        return "{" + q.question + " | " + q.stage_type + " | " + q.company + " | " + q.role + "}";
    }
};
}  // namespace Catch

TEST_CASE("no applications: no questions, total 0", "[domain][questions]") {
    const auto bank = collect_questions({}, {});
    CHECK(bank.questions.empty());
    CHECK(bank.total == 0);
}

TEST_CASE("every question in stage order, stage type or else stage name, company and role", "[domain][questions]") {
    const std::vector<domain::application> apps{app("a1", "Acme Corp", "Software Engineer"),
                                                app("a2", "Globex", "SRE")};
    const std::vector<domain::stage> stages{
        stage("a2", "Chat with Bob", std::nullopt, {"Why Globex?"}),
        stage("a1", "Round 1", domain::stage_type::behavioral, {"Tell me about a conflict.", "Why leave?"}),
        stage("a1", "Round 2", domain::stage_type::system_design, {}),  // no questions: nothing
        stage("a1", "Final", domain::stage_type::take_home, {"Walk me through it."}),
        stage("other", "Elsewhere", std::nullopt, {"Not yours"}),  // another user's application: skipped
    };
    const auto bank = collect_questions(apps, stages);
    CHECK(bank.questions == std::vector<bank_question>{
                                {"Why Globex?", "Chat with Bob", "Globex", "SRE"},
                                {"Tell me about a conflict.", "Behavioral", "Acme Corp", "Software Engineer"},
                                {"Why leave?", "Behavioral", "Acme Corp", "Software Engineer"},
                                {"Walk me through it.", "Take-Home", "Acme Corp", "Software Engineer"},
                            });
    CHECK(bank.total == 4);
}

TEST_CASE("repeated questions are kept, each occurrence once", "[domain][questions]") {
    const std::vector<domain::application> apps{app("a1", "Acme", "Dev")};
    const std::vector<domain::stage> stages{stage("a1", "R1", std::nullopt, {"Same?", "Same?"}),
                                            stage("a1", "R2", std::nullopt, {"Same?"})};
    const auto bank = collect_questions(apps, stages);
    CHECK(bank.total == 3);
    CHECK(bank.questions[2] == bank_question{"Same?", "R2", "Acme", "Dev"});
}
