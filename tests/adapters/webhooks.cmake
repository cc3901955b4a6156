# Webhook delivery (recruiting::deliver_due_webhooks) and the background dispatcher (app::webhook_dispatcher) with
# real parts: the Recruiting store on memory, a SQLite file and PostgreSQL (when OFFERTRACKER_TEST_POSTGRES_URL is
# set), the guarded fetcher and the HMAC signer, against receivers the tests serve on 127.0.0.1 (tests/net).
add_executable(webhook_tests
  ${PROJECT_SOURCE_DIR}/tests/net/webhook_delivery_test.cpp
  ${PROJECT_SOURCE_DIR}/tests/net/webhook_dispatcher_test.cpp
)
target_include_directories(webhook_tests PRIVATE ${PROJECT_SOURCE_DIR}/tests/net)
target_link_libraries(webhook_tests PRIVATE offertracker_webhook_dispatcher offertracker_recruiting offertracker_net
  offertracker_crypto offertracker_memory offertracker_memory_recruiting offertracker_sql offertracker_sql_test_support
  offertracker_test_main Boost::headers Threads::Threads)
add_test(NAME adapters_webhooks COMMAND webhook_tests)
set_tests_properties(adapters_webhooks PROPERTIES LABELS adapters TIMEOUT 300)
