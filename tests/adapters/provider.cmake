# Model providers (adapters/provider): the OpenAI-compatible embeddings and interviewer clients against fake
# providers the test serves itself on 127.0.0.1, through the real guarded fetcher. No test sends a packet beyond
# loopback.
add_executable(adapters_provider_tests
  ${CMAKE_CURRENT_LIST_DIR}/provider_openai_embeddings_test.cpp
  ${CMAKE_CURRENT_LIST_DIR}/provider_openai_interviewer_test.cpp
)
target_include_directories(adapters_provider_tests PRIVATE ${PROJECT_SOURCE_DIR}/tests/net)
target_link_libraries(adapters_provider_tests PRIVATE offertracker_provider offertracker_net offertracker_test_main
  Boost::headers Boost::json Threads::Threads)
add_test(NAME adapters_provider COMMAND adapters_provider_tests)
set_tests_properties(adapters_provider PROPERTIES LABELS adapters TIMEOUT 120)
