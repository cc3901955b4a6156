// The OpenAI-compatible interviewer against fake providers this test serves on 127.0.0.1, through the real
// guarded fetcher (its policy allowing loopback): what it sends, a good question and a good feedback, and every
// way a reply can be unusable — each an error that names the problem and never quotes the body or the key.
#include <boost/json.hpp>
#include <catch2/catch.hpp>

#include <string>
#include <utility>
#include <variant>
#include <vector>

#include <offertracker/adapters/provider/openai_interviewer.hpp>

#include "loopback_fetcher.hpp"
#include "loopback_server.hpp"

using namespace offertracker;
using adapters::provider::openai_chat_config;
using adapters::provider::openai_interviewer;
using testing::json_response;
using testing::loopback_fetcher;
using testing::loopback_server;
using testing::received_request;

namespace {

const std::string api_key = "sk-test-1a2b3c4d5e6f";

openai_chat_config config_for(const loopback_server& server, std::string_view path = "/v1") {
    return {.base_url = server.url(path), .api_key = api_key, .model = "gpt-4o-mini"};
}

ports::interview_brief brief() {
    ports::interview_brief b{.job_title = "Senior Backend Engineer",
                             .company_name = "Acme Analytics",
                             .job_description = "We build data pipelines in C++ and PostgreSQL on Kubernetes.",
                             .cv_text = "Ten years of C++; led the billing rewrite.",
                             .job_skills = {"C++", "PostgreSQL", "Kubernetes"},
                             .turns = {}};
    b.turns.push_back({.session = 7,
                       .position = 0,
                       .question = "Tell me about a conflict in your team.",
                       .source = prep::question_source::behavioural,
                       .topic = "conflict",
                       .answer = "I mediated between two leads; we shipped on time."});
    b.turns.push_back({.session = 7, .position = 1, .question = "How do you tune a slow PostgreSQL query?"});
    return b;
}

// A chat completion whose message content is `content`, as a real provider wraps it.
std::string completion(std::string_view content) {
    const boost::json::object message{{"role", "assistant"},
                                      {"content", boost::json::string_view(content.data(), content.size())}};
    return boost::json::serialize(boost::json::object{
        {"id", "chatcmpl-1"},
        {"object", "chat.completion"},
        {"model", "gpt-4o-mini"},
        {"choices", boost::json::array{boost::json::object{
                        {"index", 0},
                        {"message", message},
                        {"finish_reason", "stop"}}}},
        {"usage", {{"prompt_tokens", 120}, {"completion_tokens", 30}}}});
}

std::string question_of(const ports::question_result& r) {
    if (const auto* e = std::get_if<ports::interview_model_error>(&r)) FAIL("next_question failed: " << e->message);
    return std::get<std::string>(r);
}

prep::feedback feedback_of(const ports::feedback_result& r) {
    if (const auto* e = std::get_if<ports::interview_model_error>(&r)) FAIL("write_feedback failed: " << e->message);
    return std::get<prep::feedback>(r);
}

template <class Result>
ports::interview_model_error failed(const Result& r) {
    if (!std::holds_alternative<ports::interview_model_error>(r)) FAIL("the model call succeeded");
    return std::get<ports::interview_model_error>(r);
}

// A provider that answers whatever `current` holds, as a 200 chat completion (or raw when `raw` is set).
struct scripted_provider {
    std::string current;
    bool raw = false;
    loopback_server server{[this](const received_request&, loopback_server&) {
        return json_response(200, raw ? current : completion(current));
    }};
};

}  // namespace

TEST_CASE("interviewer: the request carries the model, JSON mode, the bearer key and the brief",
          "[provider][interviewer]") {
    loopback_server server([](const received_request&, loopback_server&) {
        return json_response(200, completion(R"({"question": "  How did you measure the rewrite's success?\n"})"));
    });
    loopback_fetcher net;
    openai_interviewer model(net.fetcher, config_for(server, "/v1/"));  // the trailing '/' is dropped

    CHECK(question_of(model.next_question(brief())) == "How did you measure the rewrite's success?");

    const auto seen = server.requests();
    REQUIRE(seen.size() == 1);
    CHECK(seen[0].method == "POST");
    CHECK(seen[0].target == "/v1/chat/completions");
    CHECK(seen[0].header("Authorization") == "Bearer " + api_key);
    CHECK(seen[0].header("Content-Type") == "application/json");
    const auto sent = boost::json::parse(seen[0].body).as_object();
    CHECK(sent.at("model") == "gpt-4o-mini");
    CHECK(sent.at("temperature").to_number<double>() == 0.0);
    CHECK(sent.at("response_format") == boost::json::object{{"type", "json_object"}});
    const auto& messages = sent.at("messages").as_array();
    REQUIRE(messages.size() == 2);
    CHECK(messages[0].at("role") == "system");
    const std::string system(messages[0].at("content").as_string());
    CHECK(system.find("interviewer") != std::string::npos);
    CHECK(system.find("ONLY with a JSON object") != std::string::npos);
    CHECK(system.find("\"question\"") != std::string::npos);
    CHECK(messages[1].at("role") == "user");

    // The user message is the brief as JSON: the role, the CV, the skills and the turns with their answers.
    const auto user = boost::json::parse(messages[1].at("content").as_string()).as_object();
    CHECK(user.at("job_title") == "Senior Backend Engineer");
    CHECK(user.at("company_name") == "Acme Analytics");
    CHECK(user.at("job_description") == "We build data pipelines in C++ and PostgreSQL on Kubernetes.");
    CHECK(user.at("cv_text") == "Ten years of C++; led the billing rewrite.");
    CHECK(user.at("job_skills") == boost::json::array{"C++", "PostgreSQL", "Kubernetes"});
    const auto& turns = user.at("turns").as_array();
    REQUIRE(turns.size() == 2);
    CHECK(turns[0].at("question") == "Tell me about a conflict in your team.");
    CHECK(turns[0].at("answer") == "I mediated between two leads; we shipped on time.");
    CHECK(turns[1].at("answer").is_null());
}

TEST_CASE("interviewer: feedback asks for the feedback shape and reads score and lists", "[provider][interviewer]") {
    loopback_server server([](const received_request&, loopback_server&) {
        return json_response(200, completion(R"({"score": 7,
            "strengths": ["Clear STAR structure in the conflict answer.", " Named the outcome. "],
            "weaknesses": ["No numbers for the PostgreSQL tuning."],
            "cv_improvements": []})"));
    });
    loopback_fetcher net;
    auto keyless = config_for(server);
    keyless.api_key.clear();
    openai_interviewer model(net.fetcher, keyless);

    const auto f = feedback_of(model.write_feedback(brief()));
    CHECK(f.score == 7);
    CHECK(f.strengths ==
          std::vector<std::string>{"Clear STAR structure in the conflict answer.", "Named the outcome."});
    CHECK(f.weaknesses == std::vector<std::string>{"No numbers for the PostgreSQL tuning."});
    CHECK(f.cv_improvements.empty());
    CHECK(f.answers.empty());
    CHECK(f.written_by == "model");

    REQUIRE(server.requests().size() == 1);
    CHECK_FALSE(server.requests()[0].has_header("Authorization"));
    const auto sent = boost::json::parse(server.requests()[0].body).as_object();
    const std::string system(sent.at("messages").as_array()[0].at("content").as_string());
    CHECK(system.find("\"score\"") != std::string::npos);
    CHECK(system.find("\"cv_improvements\"") != std::string::npos);

    CHECK_THROWS_AS(openai_interviewer(net.fetcher, {.base_url = "", .model = "m"}), std::invalid_argument);
    CHECK_THROWS_AS(openai_interviewer(net.fetcher, {.base_url = server.url("/v1"), .model = ""}),
                    std::invalid_argument);
}

TEST_CASE("interviewer: a long brief is bounded, and invalid UTF-8 in it is sent as valid JSON",
          "[provider][interviewer]") {
    loopback_server server([](const received_request&, loopback_server&) {
        return json_response(200, completion(R"({"question": "Next?"})"));
    });
    loopback_fetcher net;
    openai_interviewer model(net.fetcher, config_for(server));

    auto b = brief();
    b.job_description = std::string(50'000, 'd');
    b.cv_text = std::string(50'000, 'c') + "\xff";
    b.job_skills = std::vector<std::string>(500, "Kubernetes");
    b.turns.clear();
    for (int i = 0; i < 20; ++i)
        b.turns.push_back({.position = i, .question = "Q" + std::to_string(i), .answer = std::string(9'000, 'a')});
    b.turns[19].question = "bad \xc3\x28 byte";
    CHECK(question_of(model.next_question(b)) == "Next?");

    REQUIRE(server.requests().size() == 1);
    const std::string body = server.requests()[0].body;
    CHECK(body.size() < 40'000);
    const auto sent = boost::json::parse(body).as_object();  // throws on invalid UTF-8
    const auto user = boost::json::parse(sent.at("messages").as_array()[1].at("content").as_string()).as_object();
    CHECK(user.at("job_description").as_string().size() < 4'100);
    CHECK(user.at("job_description").as_string().ends_with("\u2026"));
    CHECK(user.at("job_skills").as_array().size() == 40);
    const auto& turns = user.at("turns").as_array();
    REQUIRE(turns.size() == static_cast<std::size_t>(prep::max_questions));
    CHECK(turns.back().at("question") == "bad \uFFFD( byte");  // the most recent turns are the ones kept
    CHECK(turns.front().at("question") == "Q12");
}

TEST_CASE("interviewer: an unusable question is an error naming the problem, never the reply",
          "[provider][interviewer]") {
    const std::vector<std::pair<std::string, std::string>> replies = {
        {"not JSON", "Sure! Here is your question: what is Kubernetes?"},
        {"fenced JSON", "```json\n{\"question\": \"What is Kubernetes?\"}\n```"},
        {"an array", R"(["What is Kubernetes?"])"},
        {"no question", R"({"q": "What is Kubernetes?"})"},
        {"an extra key", R"({"question": "What is Kubernetes?", "topic": "Kubernetes"})"},
        {"a number", R"({"question": 42})"},
        {"a list", R"({"question": ["What is Kubernetes?"]})"},
        {"null", R"({"question": null})"},
        {"empty", R"({"question": ""})"},
        {"blank", R"({"question": "   \n "})"},
        {"over-long", "{\"question\": \"" + std::string(1'001, 'x') + "\"}"},
        {"a control character", R"({"question": "What is\u0007 Kubernetes?"})"},
        {"a line break inside", R"({"question": "What is\nKubernetes?"})"},
        {"a NUL", R"({"question": "What\u0000"})"},
        {"a lone surrogate", R"({"question": "What \ud800 is it?"})"},
    };
    scripted_provider provider;
    loopback_fetcher net;
    openai_interviewer model(net.fetcher, config_for(provider.server));
    for (const auto& [what, content] : replies) {
        INFO(what);
        provider.current = content;
        const auto e = failed(model.next_question(brief()));
        CHECK(e.message.rfind("The interview model", 0) == 0);
        CHECK(e.message.find("Kubernetes") == std::string::npos);
        CHECK(e.message.find(api_key) == std::string::npos);
    }
    CHECK(provider.server.accepts() == static_cast<int>(replies.size()));

    provider.current = "{\"question\": \"\"}";
    CHECK(failed(model.next_question(brief())).message == "The interview model's question is blank.");
    provider.current = "{\"question\": \"" + std::string(1'001, 'x') + "\"}";
    CHECK(failed(model.next_question(brief())).message ==
          "The interview model's question is longer than 1000 characters.");
    provider.current = R"({"question": "Why?\u0007"})";
    CHECK(failed(model.next_question(brief())).message == "The interview model's question holds a control character.");
    provider.current = R"({"question": 42})";
    CHECK(failed(model.next_question(brief())).message == "The interview model's question is not a string.");

    // At the bound, and in characters rather than bytes: 1,000 two-byte letters are a question.
    std::string thousand;
    for (int i = 0; i < 1'000; ++i) thousand += "\xc3\xa9";
    provider.current = "{\"question\": \"" + thousand + "\"}";
    CHECK(question_of(model.next_question(brief())) == thousand);
}

TEST_CASE("interviewer: an unusable feedback is an error naming the problem", "[provider][interviewer]") {
    const auto with = [](std::string_view score, std::string_view strengths = R"(["Clear."])") {
        return "{\"score\": " + std::string(score) + ", \"strengths\": " + std::string(strengths) +
               ", \"weaknesses\": [\"Vague.\"], \"cv_improvements\": [\"Add Kubernetes.\"]}";
    };
    const std::vector<std::pair<std::string, std::string>> replies = {
        {"not JSON", "Score: 7/10"},
        {"a score of 0", with("0")},
        {"a score of 11", with("11")},
        {"a negative score", with("-3")},
        {"a huge score", with("18446744073709551615")},
        {"a score as text", with("\"7\"")},
        {"a fractional score", with("7.5")},
        {"a score written as a double", with("7.0")},
        {"a null score", with("null")},
        {"a missing list", R"({"score": 7, "strengths": [], "weaknesses": []})"},
        {"an extra key", R"({"score": 7, "strengths": [], "weaknesses": [], "cv_improvements": [], "summary": "x"})"},
        {"a list as text", with("7", R"("Clear.")")},
        {"a number in a list", with("7", R"(["Clear.", 3])")},
        {"an object in a list", with("7", R"([{"text": "Clear."}])")},
        {"an empty item", with("7", R"([""])")},
        {"a blank item", with("7", R"(["  "])")},
        {"an over-long item", with("7", "[\"" + std::string(501, 'y') + "\"]")},
        {"a control character in an item", with("7", R"(["Clear.\u001b[31m"])")},
        {"eleven items", with("7", R"(["1","2","3","4","5","6","7","8","9","10","11"])")},
    };
    scripted_provider provider;
    loopback_fetcher net;
    openai_interviewer model(net.fetcher, config_for(provider.server));
    for (const auto& [what, content] : replies) {
        INFO(what);
        provider.current = content;
        const auto e = failed(model.write_feedback(brief()));
        CHECK(e.message.rfind("The interview model", 0) == 0);
        CHECK(e.message.find("Kubernetes") == std::string::npos);
        CHECK(e.message.find("Clear.") == std::string::npos);
    }

    provider.current = with("0");
    CHECK(failed(model.write_feedback(brief())).message == "The interview model's score is outside 1..10.");
    provider.current = with("11");
    CHECK(failed(model.write_feedback(brief())).message == "The interview model's score is outside 1..10.");
    provider.current = with("\"7\"");
    CHECK(failed(model.write_feedback(brief())).message == "The interview model's score is not an integer.");
    provider.current = with("7", R"([""])");
    CHECK(failed(model.write_feedback(brief())).message ==
          "The interview model's feedback \"strengths\" holds an item that is blank.");
    provider.current = with("7", "[\"" + std::string(501, 'y') + "\"]");
    CHECK(failed(model.write_feedback(brief())).message ==
          "The interview model's feedback \"strengths\" holds an item that is longer than 500 characters.");

    // The bounds themselves are fine: 1 and 10, ten items of 500 characters.
    provider.current = with("1");
    CHECK(feedback_of(model.write_feedback(brief())).score == 1);
    std::string ten = "[";
    for (int i = 0; i < 10; ++i) ten += (i ? ",\"" : "\"") + std::string(500, 'z') + "\"";
    provider.current = with("10", ten + "]");
    const auto f = feedback_of(model.write_feedback(brief()));
    CHECK(f.score == 10);
    CHECK(f.strengths.size() == 10);
}

TEST_CASE("interviewer: a chat completion without message content is an error", "[provider][interviewer]") {
    const std::vector<std::pair<std::string, std::string>> bodies = {
        {"not JSON", "<html>Bad gateway</html>"},
        {"truncated", R"({"choices":[{"message":{"content":"{\"question)"},
        {"no choices", R"({"object":"chat.completion"})"},
        {"empty choices", R"({"choices":[]})"},
        {"a choice not an object", R"({"choices":["{\"question\": \"Why?\"}"]})"},
        {"no message", R"({"choices":[{"text":"{\"question\": \"Why?\"}"}]})"},
        {"null content (a refusal)", R"({"choices":[{"message":{"role":"assistant","content":null,"refusal":"no"}}]})"},
        {"content not a string", R"({"choices":[{"message":{"content":{"question":"Why?"}}}]})"},
    };
    scripted_provider provider;
    provider.raw = true;
    loopback_fetcher net;
    openai_interviewer model(net.fetcher, config_for(provider.server));
    for (const auto& [what, body] : bodies) {
        INFO(what);
        provider.current = body;
        const auto e = failed(model.next_question(brief()));
        CHECK(e.message.rfind("The interview model provider's answer", 0) == 0);
        CHECK(e.message.find("Why?") == std::string::npos);
    }
    provider.current = "[]";
    CHECK(failed(model.write_feedback(brief())).message ==
          "The interview model provider's answer is not a JSON object.");
}

TEST_CASE("interviewer: a failing provider (non-2xx) is an error that holds neither the body nor the key",
          "[provider][interviewer]") {
    int status = 500;
    loopback_server server([&status](const received_request& req, loopback_server&) {
        if (req.target == "/moved/chat/completions")
            return testing::http_response(307, "", "Location: /v1/chat/completions\r\n");
        return json_response(status, completion(R"({"question": "secret detail )" + api_key + R"("})"));
    });
    loopback_fetcher net;
    openai_interviewer model(net.fetcher, config_for(server));
    for (int s : {500, 401, 429, 404}) {
        status = s;
        const auto e = failed(model.next_question(brief()));
        CHECK(e.message == "The interview model provider answered HTTP " + std::to_string(s) + ".");
        CHECK(e.message.find("secret detail") == std::string::npos);
        CHECK(e.message.find(api_key) == std::string::npos);
    }
    status = 503;
    CHECK(failed(model.write_feedback(brief())).message == "The interview model provider answered HTTP 503.");

    // The key goes to base_url only: a redirect is an error, and its target is never asked.
    const auto moved = failed(openai_interviewer(net.fetcher, config_for(server, "/moved")).next_question(brief()));
    CHECK(moved.message == "The interview model provider answered with a redirect, which is not followed.");
    CHECK(server.requests().back().target == "/moved/chat/completions");
    CHECK(server.accepts() == 6);
}

TEST_CASE("interviewer: a slow provider times out; a closed port is a connection error", "[provider][interviewer]") {
    // The handler holds its answer until the server is destroyed, so only the adapter's timeout can end the call.
    loopback_server server([](const received_request&, loopback_server& self) {
        self.hold();
        return json_response(200, completion(R"({"question": "Late?"})"));
    });
    loopback_fetcher net;
    auto config = config_for(server);
    config.timeout = std::chrono::milliseconds(300);
    openai_interviewer model(net.fetcher, config);
    CHECK(failed(model.next_question(brief())).message == "The interview model provider did not answer within 300 ms.");
    CHECK(server.accepts() == 1);

    std::uint16_t closed_port;
    {
        loopback_server gone([](const received_request&, loopback_server&) { return std::string(); });
        closed_port = gone.port();
    }
    openai_interviewer nowhere(net.fetcher, {.base_url = "http://127.0.0.1:" + std::to_string(closed_port) + "/v1",
                                            .api_key = api_key,
                                            .model = "m"});
    const auto e = failed(nowhere.write_feedback(brief()));
    CHECK(e.message.rfind("The interview model provider could not be reached (connect_failed)", 0) == 0);
    CHECK(e.message.find(api_key) == std::string::npos);
}

TEST_CASE("interviewer: an oversized answer and a refused address are errors", "[provider][interviewer]") {
    loopback_server server([](const received_request&, loopback_server&) {
        return json_response(200, completion("{\"question\": \"" + std::string(4'000, 'q') + "\"}"));
    });
    loopback_fetcher net;
    auto small = config_for(server);
    small.max_response_bytes = 1'024;
    CHECK(failed(openai_interviewer(net.fetcher, small).next_question(brief())).message ==
          "The interview model provider's answer exceeds 1024 bytes.");

    loopback_fetcher strict(false);
    CHECK(failed(openai_interviewer(strict.fetcher, config_for(server)).write_feedback(brief())).message ==
          "The interview model provider's address 127.0.0.1 is refused by the outbound address policy.");
    CHECK(*strict.connection_attempts == 0);
    CHECK(server.accepts() == 1);
}
