// The personal interview question bank (docs/behaviour.md §21, GET /analytics/questions), pure.
#pragma once

#include <string>
#include <vector>

#include <offertracker/domain/application.hpp>
#include <offertracker/domain/stage.hpp>

namespace offertracker::domain {

struct bank_question {
    std::string question;
    std::string stage_type;  // the stage's type, or its name when it has no type
    std::string company;     // the application's company_name
    std::string role;        // the application's role_title

    friend bool operator==(const bank_question&, const bank_question&) = default;
};

struct question_bank {
    std::vector<bank_question> questions;
    long long total = 0;  // questions.size()

    friend bool operator==(const question_bank&, const question_bank&) = default;
};

// Every question of every stage, in the stages' order and each stage's question order. Stages whose
// application is not in `applications` are skipped.
question_bank collect_questions(const std::vector<application>& applications, const std::vector<stage>& stages);

}  // namespace offertracker::domain
