// Reading a model's reply: anything but exactly what was asked is an error that says what was wrong with it,
// in words of ours, never quoting the reply.
#include "chat_json.hpp"

#include <boost/json.hpp>
#include <cstddef>
#include <initializer_list>
#include <optional>
#include <vector>

#include <offertracker/text/ascii.hpp>

#include "model_text.hpp"

namespace offertracker::adapters::provider::detail {

namespace json = boost::json;

namespace {

constexpr std::size_t question_chars = 1'000;
constexpr std::size_t item_chars = 500;
constexpr std::size_t max_items = 10;

ports::interview_model_error error(std::string message) { return {std::move(message)}; }

std::optional<json::object> object_of(std::string_view text) {
    json::error_code ec;
    json::value root = json::parse(json::string_view(text.data(), text.size()), ec);
    if (ec || !root.is_object()) return std::nullopt;
    return std::move(root.as_object());
}

// True when `o` holds exactly the keys named.
bool has_exactly(const json::object& o, std::initializer_list<std::string_view> keys) {
    if (o.size() != keys.size()) return false;
    for (const auto key : keys)
        if (!o.contains(json::string_view(key.data(), key.size()))) return false;
    return true;
}

std::string as_std(const json::string& s) { return std::string(s.data(), s.size()); }

// A list of the feedback: an array of at most max_items checked texts.
std::variant<std::vector<std::string>, ports::interview_model_error> read_list(const json::object& reply,
                                                                               std::string_view key) {
    const std::string name(key);
    const auto* list = reply.at(json::string_view(key.data(), key.size())).if_array();
    if (!list) return error("The interview model's feedback \"" + name + "\" is not a list.");
    if (list->size() > max_items)
        return error("The interview model's feedback \"" + name + "\" holds more than " + std::to_string(max_items) +
                     " items.");
    std::vector<std::string> out;
    out.reserve(list->size());
    for (const auto& item : *list) {
        const auto* s = item.if_string();
        if (!s) return error("The interview model's feedback \"" + name + "\" holds an item that is not a string.");
        const auto line = text::trim_ascii_space(std::string_view(s->data(), s->size()));
        if (auto problem = text_problem(line, item_chars))
            return error("The interview model's feedback \"" + name + "\" holds an item that " + *problem + ".");
        out.emplace_back(line);
    }
    return out;
}

}  // namespace

std::string chat_request(std::string_view model, std::string_view system, std::string_view user) {
    const auto message = [](std::string_view role, std::string_view content) {
        return json::object{{"role", json::string_view(role.data(), role.size())},
                            {"content", json::string_view(content.data(), content.size())}};
    };
    json::array messages{message("system", system), message("user", user)};
    json::object body;
    body["model"] = json::string_view(model.data(), model.size());
    body["temperature"] = 0;
    body["response_format"] = json::object{{"type", "json_object"}};
    body["messages"] = std::move(messages);
    return json::serialize(body);
}

std::variant<std::string, ports::interview_model_error> reply_content(std::string_view body) {
    const auto completion = object_of(body);
    if (!completion) return error("The interview model provider's answer is not a JSON object.");
    const json::value* choices_value = completion->if_contains("choices");
    const auto* choices = choices_value ? choices_value->if_array() : nullptr;
    const auto* choice = choices && !choices->empty() ? (*choices)[0].if_object() : nullptr;
    const json::value* message_value = choice ? choice->if_contains("message") : nullptr;
    const auto* message = message_value ? message_value->if_object() : nullptr;
    const json::value* content_value = message ? message->if_contains("content") : nullptr;
    const auto* content = content_value ? content_value->if_string() : nullptr;
    if (!content) return error("The interview model provider's answer has no choices[0].message.content text.");
    return as_std(*content);
}

ports::question_result read_question(std::string_view content) {
    const auto reply = object_of(content);
    if (!reply) return error("The interview model's reply is not a JSON object.");
    if (!has_exactly(*reply, {"question"}))
        return error("The interview model's reply is not exactly {\"question\": ...}.");
    const auto* question = reply->at("question").if_string();
    if (!question) return error("The interview model's question is not a string.");
    const auto line = text::trim_ascii_space(std::string_view(question->data(), question->size()));
    if (auto problem = text_problem(line, question_chars))
        return error("The interview model's question " + *problem + ".");
    return std::string(line);
}

ports::feedback_result read_feedback(std::string_view content) {
    const auto reply = object_of(content);
    if (!reply) return error("The interview model's reply is not a JSON object.");
    if (!has_exactly(*reply, {"score", "strengths", "weaknesses", "cv_improvements"}))
        return error(
            "The interview model's reply is not exactly {\"score\", \"strengths\", \"weaknesses\", "
            "\"cv_improvements\"}.");

    const auto& score = reply->at("score");
    if (!score.is_int64() && !score.is_uint64()) return error("The interview model's score is not an integer.");
    if (!score.is_int64() || score.get_int64() < 1 || score.get_int64() > 10)
        return error("The interview model's score is outside 1..10.");

    prep::feedback out;
    out.score = static_cast<int>(score.get_int64());
    out.written_by = "model";
    for (auto [key, list] : {std::pair{"strengths", &out.strengths}, std::pair{"weaknesses", &out.weaknesses},
                             std::pair{"cv_improvements", &out.cv_improvements}}) {
        auto items = read_list(*reply, key);
        if (auto* e = std::get_if<ports::interview_model_error>(&items)) return std::move(*e);
        *list = std::move(std::get<std::vector<std::string>>(items));
    }
    return out;
}

}  // namespace offertracker::adapters::provider::detail
