// The interview through the web: one question at a time to 8, the answer's messages, completing, the feedback,
// retrying a question, saving the questions to an application's stage; and hostile text escaped on every page.
#include "web_fixture.hpp"

using namespace offertracker::web_test;

namespace {

std::string session_path(long long id, std::string_view suffix = {}) {
    return "/session/" + std::to_string(id) + std::string(suffix);
}

// A strong STAR answer with numbers.
std::string answer_for(int position) {
    return "In my last role our payment API failed under load (situation). I owned the fix (task): I profiled the "
           "C++ service, rewrote the PostgreSQL queries and added a cache (action). Latency fell by 60% and errors by "
           "90% within two weeks (result). Answer " + std::to_string(position) + ".";
}

// A session with a CV and a job description.
long long ready_session(web_server& s, const browser& who) {
    const auto id = s.create_session(who);
    REQUIRE(s.upload(session_path(id, "/upload-cv"), {{"cv_file", std::string(cv_text), "cv.txt", "text/plain"}}, &who)
                .status == 200);
    REQUIRE(s.form(session_path(id, "/upload-job"), {{"job_description", std::string(job_description)}}, &who,
                   "application/json").status == 200);
    return id;
}

// Answers every question through the JSON route; returns the last state.
reply answer_all(web_server& s, const browser& who, long long id) {
    reply r = s.get_json(session_path(id, "/interview"), &who);
    for (int i = 0; i < 8 && !r["is_complete"].as_bool(); ++i) {
        r = s.post_json(session_path(id, "/message"), json::serialize(json::object{{"answer", answer_for(i)}}), &who);
        INFO(r.raw);
        REQUIRE(r.status == 200);
    }
    return r;
}

}  // namespace

TEST_CASE("web interview: one question at a time, Question N of 8, the state in JSON", "[web][interview]") {
    for_each_engine([](web_server& s) {
        const auto ada = s.sign_up("ada");
        const auto id = ready_session(s, ada);

        auto r = s.page(session_path(id, "/interview"), &ada);
        INFO(r.raw);
        CHECK(r.status == 200);
        CHECK(contains(r.raw, "Question 1 of 8"));
        CHECK(contains(r.raw, "<label for=\"answer\">"));
        CHECK(contains(r.raw, "name=\"answer\""));
        CHECK(contains(r.raw, "action=\"/session/" + std::to_string(id) + "/message\""));
        CHECK_FALSE(contains(r.raw, "Finish and get feedback"));

        r = s.get_json(session_path(id, "/interview"), &ada);
        INFO(r.raw);
        CHECK(r["session_id"] == id);
        CHECK(r["question_count"] == 1);
        CHECK(r["max_questions"] == 8);
        CHECK(r["is_complete"] == false);
        CHECK(r.body.at_pointer("/question/position") == 0);
        CHECK(r.body.at_pointer("/question/text").is_string());
        CHECK(r.body.at_pointer("/question/topic").is_string());
        CHECK(r.body.at_pointer("/question/source").is_string());
        CHECK(r["turns"].as_array().size() == 1);
        CHECK(r.body.at_pointer("/turns/0/answer").is_null());
        const auto first = r.body.at_pointer("/question/text");
        CHECK(s.get_json(session_path(id, "/interview"), &ada).body.at_pointer("/question/text") == first);  // asked once

        // Answer by form: 303 back, the next question.
        r = s.form(session_path(id, "/message"), {{"answer", answer_for(0)}}, &ada);
        CHECK(r.status == 303);
        CHECK(r.header("Location") == session_path(id, "/interview"));
        r = s.page(session_path(id, "/interview"), &ada);
        CHECK(contains(r.raw, "Question 2 of 8"));
        CHECK(contains(r.raw, "Finish and get feedback"));

        r = answer_all(s, ada, id);
        CHECK(r["is_complete"] == true);
        CHECK(r["question"].is_null());
        CHECK(r["question_count"] == 8);
        CHECK(r["turns"].as_array().size() == 8);
        check_error(s.post_json(session_path(id, "/message"), R"({"answer":"one more"})", &ada), 400,
                    "The interview is complete", "ValidationError");
        r = s.page(session_path(id, "/interview"), &ada);
        CHECK(contains(r.raw, "Finish and get feedback"));
        CHECK_FALSE(contains(r.raw, "name=\"answer\""));
    });
}

TEST_CASE("web message: the answer's messages, next to the field in HTML", "[web][interview]") {
    for_each_engine([](web_server& s) {
        const auto ada = s.sign_up("ada");
        const auto id = ready_session(s, ada);
        const auto path = session_path(id, "/message");
        REQUIRE(s.get_json(session_path(id, "/interview"), &ada).status == 200);
        check_error(s.post_json(path, R"({"answer":""})", &ada), 400, "Answer cannot be empty", "ValidationError");
        check_error(s.post_json(path, R"({"answer":"  \n "})", &ada), 400, "Answer cannot be empty", "ValidationError");
        check_error(s.post_json(path, R"({})", &ada), 400, "Answer cannot be empty", "ValidationError");
        check_error(s.post_json(path, R"({"answer":7})", &ada), 400, "Answer must be a string", "ValidationError");
        check_error(s.post_json(path, json::serialize(json::object{{"answer", std::string(5001, 'a')}}), &ada), 400,
                    "Answer too long (max 5000 characters)", "ValidationError");
        auto r = s.form(path, {{"answer", std::string(5001, 'a')}}, &ada);
        CHECK(r.status == 400);
        CHECK(contains(r.raw, "id=\"answer-error\">Answer too long (max 5000 characters)</p>"));
        CHECK(contains(r.raw, "Question 1 of 8"));
        CHECK(s.get_json(session_path(id, "/interview"), &ada)["question_count"] == 1);  // nothing recorded
        CHECK(s.post_json(path, json::serialize(json::object{{"answer", std::string(5000, 'a')}}), &ada).status == 200);
    });
}

TEST_CASE("web complete and feedback: 303 to the feedback; score, strengths, weaknesses, CV improvements",
          "[web][interview]") {
    for_each_engine([](web_server& s) {
        const auto ada = s.sign_up("ada");
        const auto id = ready_session(s, ada);

        // Before anything is answered: not complete.
        auto r = s.page(session_path(id, "/feedback"), &ada);
        CHECK(r.status == 303);
        CHECK(r.header("Location") == session_path(id, "/interview"));
        check_error(s.get_json(session_path(id, "/feedback"), &ada), 400, "The interview is not complete yet",
                    "ValidationError");
        REQUIRE(s.get_json(session_path(id, "/interview"), &ada).status == 200);
        check_error(s.post_json(session_path(id, "/complete"), "{}", &ada), 400,
                    "Answer at least one question before completing the interview", "ValidationError");

        answer_all(s, ada, id);
        r = s.form(session_path(id, "/complete"), {}, &ada);
        CHECK(r.status == 303);
        CHECK(r.header("Location") == session_path(id, "/feedback"));

        r = s.get_json(session_path(id, "/feedback"), &ada);
        INFO(r.raw);
        REQUIRE(r.status == 200);
        const auto score = r["score"].as_int64();
        CHECK(score >= 1);
        CHECK(score <= 10);
        CHECK(r["strengths"].is_array());
        CHECK(r["weaknesses"].is_array());
        CHECK(r["cv_improvements"].is_array());
        CHECK(r["answers"].as_array().size() == 8);
        CHECK(r.body.at_pointer("/answers/0/question").is_string());
        CHECK(str(r.body.at_pointer("/answers/0/answer")) == answer_for(0));
        CHECK(r["written_by"] == "offline");

        const auto page = s.page(session_path(id, "/feedback"), &ada);
        CHECK(page.status == 200);
        CHECK(contains(page.raw, "<strong>" + std::to_string(score) + "/10</strong>"));
        CHECK(contains(page.raw, "Strengths"));
        CHECK(contains(page.raw, "CV improvements"));
        CHECK(contains(page.raw, "name=\"position\" value=\"7\""));
        CHECK_FALSE(contains(page.raw, "save-questions"));  // not linked to an application

        // The JSON twin of complete, and the dashboard's score history.
        r = s.post_json(session_path(id, "/complete"), "{}", &ada);
        CHECK(str(r["redirect"]) == session_path(id, "/feedback"));
        CHECK(r.body.at_pointer("/feedback/score") == score);
        const auto dash = s.page("/dashboard", &ada);
        CHECK(contains(dash.raw, std::to_string(score) + "/10"));
        CHECK(s.get_json("/sessions", &ada).status == 200);
    });
}

TEST_CASE("web retry: a question asked again, the interview reopened", "[web][interview]") {
    for_each_engine([](web_server& s) {
        const auto ada = s.sign_up("ada");
        const auto id = ready_session(s, ada);
        answer_all(s, ada, id);
        REQUIRE(s.post_json(session_path(id, "/complete"), "{}", &ada).status == 200);

        auto r = s.form(session_path(id, "/retry"), {{"position", "2"}}, &ada);
        CHECK(r.status == 303);
        CHECK(r.header("Location") == session_path(id, "/interview"));
        r = s.get_json(session_path(id, "/interview"), &ada);
        CHECK(r["is_complete"] == false);
        CHECK(r.body.at_pointer("/question/position") == 2);
        CHECK(s.page(session_path(id, "/feedback"), &ada).status == 303);  // feedback dropped until completed again

        check_error(s.form(session_path(id, "/retry"), {{"position", "x"}}, &ada, "application/json"), 400,
                    "Question must be a whole number", "ValidationError");
        check_error(s.form(session_path(id, "/retry"), {}, &ada, "application/json"), 400,
                    "Question must be a whole number", "ValidationError");
        CHECK(s.form(session_path(id, "/retry"), {{"position", "99"}}, &ada, "application/json").status == 400);
        // Answer it again: complete once more; then retry by JSON, with a number or its text.
        r = s.post_json(session_path(id, "/message"), json::serialize(json::object{{"answer", answer_for(2)}}), &ada);
        CHECK(r["is_complete"] == true);
        r = s.post_json(session_path(id, "/retry"), R"({"position":5})", &ada);
        CHECK(r.status == 200);
        CHECK(r.body.at_pointer("/question/position") == 5);
        r = s.post_json(session_path(id, "/message"), json::serialize(json::object{{"answer", answer_for(5)}}), &ada);
        r = s.post_json(session_path(id, "/retry"), R"({"position":"4"})", &ada);
        CHECK(r.status == 200);
        CHECK(r.body.at_pointer("/question/position") == 4);
        check_error(s.post_json(session_path(id, "/retry"), R"({"position":true})", &ada), 400,
                    "Question must be a whole number", "ValidationError");
    });
}

TEST_CASE("web save-questions: into a stage of the session's application", "[web][interview]") {
    for_each_engine([](web_server& s) {
        const auto ada = s.sign_up("ada");
        const auto token = s.api_token(ada);
        const auto app = s.api_post("/applications/", R"({"company_name":"Initech","role_title":"Platform Engineer"})", token);
        const auto app_id = str(app.at("id"));
        const auto stage = s.api_post("/applications/" + app_id + "/stages", R"({"stage_name":"Onsite"})", token);
        const auto stage_id = str(stage.at("id"));

        auto r = s.post_json("/session/create", json::serialize(json::object{
                                                    {"job_title", "Platform Engineer"}, {"company_name", "Initech"},
                                                    {"application_id", app_id}}), &ada);
        REQUIRE(r.status == 200);
        const auto id = r["session_id"].as_int64();
        const auto state = answer_all(s, ada, id);
        REQUIRE(s.post_json(session_path(id, "/complete"), "{}", &ada).status == 200);

        const auto page = s.page(session_path(id, "/feedback"), &ada);
        CHECK(contains(page.raw, "action=\"/session/" + std::to_string(id) + "/save-questions\""));
        CHECK(contains(page.raw, "<option value=\"" + stage_id + "\">Onsite</option>"));
        CHECK(contains(page.raw, "<label for=\"stage_id\">"));

        r = s.form(session_path(id, "/save-questions"), {{"stage_id", stage_id}}, &ada);
        CHECK(r.status == 303);
        CHECK(r.header("Location") == session_path(id, "/feedback") + "?saved=1");
        CHECK(contains(s.page(session_path(id, "/feedback?saved=1"), &ada).raw, "saved to the stage"));

        r = s.post_json(session_path(id, "/save-questions"), json::serialize(json::object{{"stage_id", stage_id}}), &ada);
        INFO(r.raw);
        CHECK(r.status == 200);
        CHECK(str(r.body.at_pointer("/stage/id")) == stage_id);
        CHECK(r.body.at_pointer("/stage/questions_asked").as_array().size() == 8);  // not repeated
        const auto asked = state.body.at_pointer("/turns/0/question");
        const auto stored = s.api_get("/applications/" + app_id, token);
        CHECK(contains(stored.raw, str(asked).substr(0, 30)));

        check_error(s.post_json(session_path(id, "/save-questions"), R"({"stage_id":""})", &ada), 400,
                    "Stage cannot be empty", "ValidationError");
        check_error(s.post_json(session_path(id, "/save-questions"), R"({"stage_id":"no-such-stage"})", &ada), 404,
                    "Stage not found", "NotFoundError");
        // A session with no application.
        const auto plain = ready_session(s, ada);
        check_error(s.post_json(session_path(plain, "/save-questions"), json::serialize(json::object{{"stage_id", stage_id}}),
                                &ada), 400, "This session is not linked to an application", "ValidationError");
    });
}

TEST_CASE("web escaping: hostile text is escaped in every page that shows user text", "[web][interview]") {
    for_each_engine([](web_server& s) {
        const std::string hostile = "<script>alert(\"x\")</script> & 'quoted' \"double\"";
        const std::string escaped = "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &apos;quoted&apos; &quot;double&quot;";
        const auto check_page = [&](const reply& r) {
            INFO(r.raw.substr(0, 4000));
            CHECK_FALSE(contains(r.raw, "<script"));
            CHECK(contains(r.raw, escaped));
        };
        const auto ada = s.sign_up("ada");
        const auto token = s.api_token(ada);
        const auto app = s.api_post("/applications/", json::serialize(json::object{{"company_name", hostile}, {"role_title", hostile}}),
                                    token);
        const auto app_id = str(app.at("id"));
        s.api_post("/applications/" + app_id + "/stages", json::serialize(json::object{{"stage_name", hostile}}), token);

        auto r = s.post_json("/session/create", json::serialize(json::object{
                                                    {"job_title", hostile}, {"company_name", hostile}, {"application_id", app_id}}), &ada);
        REQUIRE(r.status == 200);
        const auto id = r["session_id"].as_int64();
        const auto text = std::string(cv_text) + " " + hostile;
        REQUIRE(s.upload(session_path(id, "/upload-cv"), {{"cv_file", text, "cv.txt", "text/plain"}}, &ada).status == 200);
        REQUIRE(s.form(session_path(id, "/upload-job"), {{"job_description", std::string(job_description) + hostile}}, &ada,
                       "application/json").status == 200);

        check_page(s.page("/dashboard", &ada));  // the session and the application
        check_page(s.page("/sessions", &ada));
        check_page(s.page("/session/new?application_id=" + app_id, &ada));
        check_page(s.page(session_path(id, "/upload"), &ada));  // title, CV text, description
        check_page(s.page(session_path(id, "/interview"), &ada));
        REQUIRE(s.get_json(session_path(id, "/interview"), &ada).status == 200);
        REQUIRE(s.post_json(session_path(id, "/message"), json::serialize(json::object{{"answer", answer_for(0) + hostile}}), &ada)
                    .status == 200);
        check_page(s.page(session_path(id, "/interview"), &ada));  // the answer so far
        REQUIRE(s.post_json(session_path(id, "/complete"), "{}", &ada).status == 200);
        check_page(s.page(session_path(id, "/feedback"), &ada));  // answers and the stage name

        // Re-rendered forms echo what was sent, escaped.
        check_page(s.form("/session/create", {{"job_title", ""}, {"company_name", hostile}}, &ada));
        check_page(s.form("/login", {{"email", hostile}, {"password", "x"}}));
        check_page(s.form("/signup", {{"email", hostile}, {"username", hostile}, {"password", "secret-x"}}));
    });
}
