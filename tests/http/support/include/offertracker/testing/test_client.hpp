// A small blocking HTTP/1.1 client over a real socket, for tests of the server and of every surface.
#pragma once

#include <chrono>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace offertracker::testing {

using test_headers = std::vector<std::pair<std::string, std::string>>;

// Thrown on connect failure, timeout, a connection closed before a full response, or a malformed response.
class test_client_error : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

struct test_response {
    unsigned status = 0;
    test_headers headers;  // in arrival order
    std::string body;
    bool keep_alive = true;  // false when the server announced Connection: close (or HTTP/1.0 without keep-alive)

    // First header with that name (case-insensitive), copied; nullopt when absent.
    [[nodiscard]] std::optional<std::string> header(std::string_view name) const;
};

// One connection. Not thread-safe: use one client per thread. Every blocking operation is bounded by timeout()
// (default 5 s). Responses are read with a real HTTP parser (Content-Length, chunked, or until close).
class test_client {
public:
    test_client();
    // Connects at once; throws test_client_error on failure.
    explicit test_client(unsigned short port, std::string host = "127.0.0.1");
    ~test_client();
    test_client(test_client&&) noexcept;
    test_client& operator=(test_client&&) noexcept;

    void connect(unsigned short port, std::string host = "127.0.0.1");
    void close() noexcept;
    [[nodiscard]] bool is_open() const noexcept;

    void set_timeout(std::chrono::milliseconds timeout) noexcept;
    [[nodiscard]] std::chrono::milliseconds timeout() const noexcept;

    // Sent with every request() until cleared (e.g. {"Authorization", "Bearer ..."}); per-call headers come after.
    void set_default_header(std::string name, std::string value);
    void clear_default_headers() noexcept;

    // Writes bytes as they are (for malformed or partial requests).
    void send_raw(std::string_view bytes);
    // Reads one full response. Pass head = true after a HEAD request (no body follows its Content-Length).
    [[nodiscard]] test_response read_response(bool head = false);
    // True if the server closes the connection (EOF or reset) within `within`; any data received is discarded.
    [[nodiscard]] bool wait_closed(std::chrono::milliseconds within);

    // Sends "METHOD target HTTP/1.1" with Host, the default headers, `headers` and (when the body is non-empty or
    // the method is POST/PUT/PATCH) Content-Length, then reads the response. Keeps the connection open.
    [[nodiscard]] test_response request(std::string_view method, std::string_view target, std::string_view body = {},
                                        const test_headers& headers = {});
    [[nodiscard]] test_response get(std::string_view target, const test_headers& headers = {});
    [[nodiscard]] test_response del(std::string_view target, const test_headers& headers = {});
    [[nodiscard]] test_response post(std::string_view target, std::string_view body, const test_headers& headers = {});
    [[nodiscard]] test_response put(std::string_view target, std::string_view body, const test_headers& headers = {});
    [[nodiscard]] test_response patch(std::string_view target, std::string_view body, const test_headers& headers = {});
    // POST with Content-Type: application/json.
    [[nodiscard]] test_response post_json(std::string_view target, std::string_view json, const test_headers& headers = {});

private:
    struct impl;
    std::unique_ptr<impl> impl_;
};

// One field of a multipart/form-data body built by make_multipart.
struct multipart_field {
    std::string name;
    std::string data;
    std::optional<std::string> filename;  // set for a file part
    std::string content_type;             // omitted from the part when empty
};

// A body and its Content-Type header value ("multipart/form-data; boundary=...").
struct multipart_body {
    std::string content_type;
    std::string body;
};

[[nodiscard]] multipart_body make_multipart(const std::vector<multipart_field>& fields,
                                            std::string_view boundary = "offertracker-test-boundary-7MA4YWxk");

}  // namespace offertracker::testing
