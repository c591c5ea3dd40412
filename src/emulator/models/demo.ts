/** The `models` section of the bundled `demo` scenario: models of several users, public and private. */
export function demoModelsYaml(): string {
  return `models:
  - owner: alice
    slug: weather-forecaster
    title: Weather Forecaster
    subtitle: A small temperature forecaster trained on City Weather Daily
    description: |
      # Model Summary
      Predicts tomorrow's mean temperature from the last seven days.
    downloads: 42
    votes: 6
    notebooks: 2
    created: 2025-06-20T10:00:00Z
    publishTime: 2025-06-21T00:00:00Z
    instances:
      - framework: pytorch
        slug: default
        license: Apache 2.0
        overview: Two-layer MLP
        usage: "model = torch.load('model.pt')"
        trainingData: [alice/city-weather-daily]
        versions:
          - notes: Initial release
            date: 2025-06-20T10:00:00Z
            files:
              - { name: model.pt, size: 8192 }
              - { name: config.json, content: '{"hidden": 32, "days": 7}' }
          - notes: Retrained with rainfall
            date: 2025-07-01T09:30:00Z
            files:
              - { name: model.pt, size: 12288 }
              - { name: config.json, content: '{"hidden": 64, "days": 7, "rain": true}' }
              - { name: tokenizer/vocab.txt, content: "temp\\nrain\\n" }
      - framework: onnx
        slug: default
        license: Apache 2.0
        versions:
          - date: 2025-07-02T08:00:00Z
            files:
              - { name: model.onnx, size: 16384 }
  - owner: alice
    slug: secret-sales-model
    title: Secret Sales Model
    private: true
    created: 2025-08-21T10:00:00Z
    instances:
      - framework: scikitLearn
        slug: v1
        license: MIT
        versions:
          - files:
              - { name: model.pkl, size: 2048 }
  - owner: bob
    slug: coffee-price-lstm
    title: Coffee Price LSTM
    subtitle: Monthly arabica price forecasts
    downloads: 310
    votes: 25
    notebooks: 4
    created: 2025-01-05T12:00:00Z
    instances:
      - framework: keras
        slug: small
        license: CC-BY-4.0
        versions:
          - date: 2025-01-05T12:00:00Z
            files:
              - { name: model.keras, size: 32768 }
  - owner: carol
    slug: digit-classifier
    title: Digit Classifier
    subtitle: A CNN for the Tiny MNIST Sample
    downloads: 1200
    votes: 70
    notebooks: 9
    created: 2024-12-01T08:00:00Z
    instances:
      - framework: tensorFlow2
        slug: cnn
        license: Apache 2.0
        fineTunable: true
        versions:
          - date: 2024-12-01T08:00:00Z
            files:
              - { name: saved_model.pb, size: 20480 }
              - { name: variables/variables.index, size: 1024 }
`;
}
