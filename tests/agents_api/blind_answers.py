# ruff: noqa: E501 - one question per line reads best
"""Two blind sets in the style of the public set, written before reading the tutor's parser, with
every answer computed here independently from the textbook formulas (g = 9.81 m/s^2):

- data/blind_teacher.json (207 questions): scored once as written, then used to find what to fix;
- data/blind_teacher_2.json (75 questions): written at the same time but not scored until the fixes
  prompted by the first set were done, so its first score is the honest estimate for unseen questions;
- data/blind_teacher_3.json (62 questions): written after the fixes prompted by the first two (so not
  blind to the parser any more), scored once before any change it prompted;
- data/blind_teacher_4.json (58 questions): the same, after the fixes prompted by the third.

Regenerate them with `python3 tests/agents_api/blind_answers.py tests/agents_api/data`."""

import json
import math
import sys
from collections import Counter

g = 9.81
pi = math.pi
d = math.radians
P: list[dict] = []
SECOND: list[dict] = []
THIRD: list[dict] = []
FOURTH: list[dict] = []


def rpm(n: float) -> float:
    return n * 2 * pi / 60


writing_second = False
writing_third = False
writing_fourth = False


def q(topic: str, question: str, value: float, unit: str, rel_tol: float = 0.02) -> None:
    (FOURTH if writing_fourth else THIRD if writing_third else SECOND if writing_second else P).append(
        {"topic": topic, "question": question, "value": float(value), "unit": unit, "rel_tol": rel_tol}
    )


K = "kinematics"
q(K, "A train travels 150 km in 2.5 hours. What is its average speed in km/h?", 150 / 2.5, "km/h")
q(K, "A cyclist rides at 18 km/h for 20 minutes. How far does she travel, in kilometres?", 18 * 20 / 60, "km")
q(K, "A car starts from rest and reaches 27 m/s in 9 s. What is its acceleration?", 27 / 9, "m/s^2")
q(
    K,
    "A car travelling at 72 km/h brakes uniformly and stops in 4 s. What is the magnitude of its deceleration?",
    20 / 4,
    "m/s^2",
)
q(
    K,
    "A runner accelerates uniformly from rest at 2 m/s^2 for 5 s. How far does she run in that time?",
    0.5 * 2 * 25,
    "m",
)
q(
    K,
    "A 5 kg rock is dropped from the top of a 45 m cliff. How long does it take to reach the ground?",
    math.sqrt(2 * 45 / g),
    "s",
)
q(K, "A ball is thrown straight up with a speed of 15 m/s. How high does it rise?", 15**2 / (2 * g), "m")
q(K, "A ball is thrown vertically upward at 12 m/s. How long does it take to reach its highest point?", 12 / g, "s")
q(
    K,
    "A ball is thrown upward at 20 m/s. How long is it in the air before it returns to the thrower's hand?",
    2 * 20 / g,
    "s",
)
q(
    K,
    "A projectile is launched at 25 m/s at an angle of 40 degrees to the horizontal over level ground. What is its range?",
    25**2 * math.sin(d(80)) / g,
    "m",
)
q(
    K,
    "A golf ball is hit at 30 m/s at 45° above level ground. How long is it in the air?",
    2 * 30 * math.sin(d(45)) / g,
    "s",
)
q(K, "A car moving at 10 m/s accelerates at 1.5 m/s^2 for 6 s. What is its final speed?", 10 + 1.5 * 6, "m/s")
q(
    K,
    "A truck slows uniformly from 30 m/s to 10 m/s over a distance of 200 m. What is its deceleration?",
    (30**2 - 10**2) / (2 * 200),
    "m/s^2",
)
q(
    K,
    "A skier starts from rest and accelerates at 3 m/s^2 down a slope. How fast is she moving after travelling 54 m?",
    math.sqrt(2 * 3 * 54),
    "m/s",
)
q(K, "How long does it take a car to travel 90 km at 60 km/h? Give the answer in minutes.", 90 / 60 * 60, "min")
q(K, "A sprinter runs 100 m in 9.58 s. What is his average speed?", 100 / 9.58, "m/s")
q(K, "An object falls freely from rest for 3 s. What is its speed at the end of that time?", g * 3, "m/s")
q(
    K,
    "A rock dropped off a bridge hits the water 2.5 s later. How fast is it moving when it hits the water?",
    g * 2.5,
    "m/s",
)
q(
    K,
    "A ball rolls off a table 0.8 m high at 3 m/s. How far from the foot of the table does it land?",
    3 * math.sqrt(2 * 0.8 / g),
    "m",
)
q(
    K,
    "A package is dropped from a plane flying horizontally at 50 m/s at a height of 500 m. How far does the package travel horizontally before it hits the ground?",
    50 * math.sqrt(2 * 500 / g),
    "m",
)
q(K, "A car accelerates uniformly from 15 m/s to 35 m/s over 100 m. How long does this take?", 2 * 100 / (15 + 35), "s")
q(
    K,
    "A bus travelling at 54 km/h accelerates at 0.5 m/s^2 for 10 s. What distance does it cover in this time?",
    15 * 10 + 0.5 * 0.5 * 100,
    "m",
)
q(
    K,
    "A ball is kicked at 20 m/s at 60 degrees to the horizontal. What is the maximum height it reaches?",
    (20 * math.sin(d(60))) ** 2 / (2 * g),
    "m",
)
q(
    K,
    "A stone is thrown horizontally at 8 m/s from the top of a cliff 20 m high. How long does it take to hit the ground?",
    math.sqrt(2 * 20 / g),
    "s",
)
q(K, "A motorcycle travelling at 90 km/h comes to a stop in 50 m. What is its deceleration?", 25**2 / (2 * 50), "m/s^2")
q(K, "An athlete jogs at 3 m/s for 25 minutes. How far does he go in km?", 3 * 25 * 60 / 1000, "km")
q(
    K,
    "A cannonball is fired at 80 m/s at 35 degrees above the horizontal. What is its horizontal range on level ground?",
    80**2 * math.sin(d(70)) / g,
    "m",
)
q(
    K,
    "A tennis ball is thrown straight up and reaches a maximum height of 7.2 m. With what speed was it thrown?",
    math.sqrt(2 * g * 7.2),
    "m/s",
)
q(K, "A car accelerates from rest at 4 m/s^2. How long does it take to reach 100 km/h?", (100 / 3.6) / 4, "s")
q(K, "A lift moves upward at a constant 2.5 m/s. How long does it take to rise 40 m?", 40 / 2.5, "s")
q(
    K,
    "A bike speeds up uniformly from 4 m/s to 10 m/s in 3 s. How far does it travel during this time?",
    (4 + 10) / 2 * 3,
    "m",
)
q(
    K,
    "A pebble falls from rest off an 80 m tall tower. What is its speed just before it lands?",
    math.sqrt(2 * g * 80),
    "m/s",
)
q(
    K,
    "A ball is launched at 15 m/s at 30° above the horizontal. What is its speed at the top of its path?",
    15 * math.cos(d(30)),
    "m/s",
)
q(K, "A car travels at 60 mph. What distance in metres does it cover in 10 s?", 60 * 0.44704 * 10, "m")
q(
    K,
    "A 1200 kg car travelling at 20 m/s brakes uniformly and comes to rest in 4 s. How far does it travel while braking?",
    20 / 2 * 4,
    "m",
)
q(
    K,
    "A 0.3 kg ball is thrown vertically upward at 14 m/s from ground level. What maximum height does it reach?",
    14**2 / (2 * g),
    "m",
)
q(K, "Taking g = 10 m/s^2, how long does a stone dropped from a height of 20 m take to reach the ground?", 2.0, "s")
q(K, "A jogger covers 2400 m in 12 minutes. What is her average speed in m/s?", 2400 / 720, "m/s")

F = "forces"
q(F, "What force is needed to accelerate a 1200 kg car at 2.5 m/s^2?", 1200 * 2.5, "N")
q(F, "A 60 kg person stands on the floor. What is their weight?", 60 * g, "N")
q(F, "A 5 kg box is pushed with a net force of 20 N. What is its acceleration?", 20 / 5, "m/s^2")
q(
    F,
    "An unbalanced force of 2 kN gives a trolley an acceleration of 4 m/s^2. What is the mass of the trolley?",
    2000 / 4,
    "kg",
)
q(
    F,
    "A 10 kg box is pulled along a level floor by a horizontal 50 N force. The coefficient of kinetic friction is 0.3. What is the acceleration of the box?",
    (50 - 0.3 * 10 * g) / 10,
    "m/s^2",
)
q(
    F,
    "A 20 kg crate slides across a floor where the coefficient of kinetic friction is 0.25. What is the friction force on it?",
    0.25 * 20 * g,
    "N",
)
q(
    F,
    "A block of mass 4 kg slides down a frictionless incline at 30 degrees. What is its acceleration?",
    g * math.sin(d(30)),
    "m/s^2",
)
q(
    F,
    "A 6 kg block slides down a 35 degree slope. The coefficient of kinetic friction is 0.2. What is its acceleration?",
    g * (math.sin(d(35)) - 0.2 * math.cos(d(35))),
    "m/s^2",
)
q(F, "A spring with spring constant 250 N/m is stretched by 8 cm. What force does it exert?", 250 * 0.08, "N")
q(
    F,
    "A 0.5 kg mass hangs from a spring of constant 98.1 N/m. How far does the spring stretch, in cm?",
    0.5 * g / 98.1 * 100,
    "cm",
)
q(F, "A force of 40 N stretches a spring by 5 cm. What is the spring constant?", 40 / 0.05, "N/m")
q(
    F,
    "A rope pulls a sled with a force of 80 N at 25 degrees above the horizontal. What is the horizontal component of the force?",
    80 * math.cos(d(25)),
    "N",
)
q(F, "A 50 N force is applied at 30° to the horizontal. What is its vertical component?", 50 * math.sin(d(30)), "N")
q(
    F,
    "Two forces of 3 N and 4 N act at right angles to each other on an object. What is the magnitude of the resultant force?",
    5.0,
    "N",
)
q(
    F,
    "A car is pushed forward with a force of 300 N while friction opposes the motion with 120 N. What is the net force on the car?",
    180.0,
    "N",
)
q(
    F,
    "A 3 kg mass and a 5 kg mass are connected by a light string over a frictionless pulley. What is the acceleration of the masses?",
    g * 2 / 8,
    "m/s^2",
)
q(
    F,
    "In an Atwood machine, masses of 4 kg and 6 kg hang from a light string over a pulley. Find the tension in the string.",
    2 * 4 * 6 * g / 10,
    "N",
)
q(
    F,
    "A 2 kg block on a frictionless horizontal table is connected by a string over a pulley to a hanging 1 kg mass. What is the acceleration of the system?",
    1 * g / 3,
    "m/s^2",
)
q(
    F,
    "A 500 kg lift is pulled upward by a cable with an acceleration of 2 m/s^2. What is the tension in the cable?",
    500 * (g + 2),
    "N",
)
q(F, "What is the weight of a 75 kg astronaut on the Moon, where g = 1.62 m/s^2?", 75 * 1.62, "N")
q(
    F,
    "A 25 kg box rests on a 30 degree incline. What is the component of its weight parallel to the incline?",
    25 * g * math.sin(d(30)),
    "N",
)
q(
    F,
    "A box of mass 8 kg is at rest on a ramp inclined at 20°. What is the friction force holding it in place?",
    8 * g * math.sin(d(20)),
    "N",
)
q(
    F,
    "A 40 kg crate rests on a floor. The coefficient of static friction is 0.6. What is the minimum horizontal force needed to start it moving?",
    0.6 * 40 * g,
    "N",
)
q(F, "A 1500 kg car brakes from 20 m/s to rest in 5 s. What is the average braking force?", 1500 * 20 / 5, "N")
q(F, "An object weighs 490 N on Earth. What is its mass?", 490 / g, "kg")
q(F, "A 12 kg mass hangs at rest from a single vertical rope. What is the tension in the rope?", 12 * g, "N")
q(F, "A force of 18 N gives a ball an acceleration of 600 cm/s^2. What is the ball's mass?", 18 / 6, "kg")
q(F, "A 9 kg box on a frictionless floor is pushed from rest to 6 m/s in 3 s. What force is applied?", 9 * 6 / 3, "N")
q(F, "Two forces act on a 4 kg object: 25 N east and 10 N west. What is the object's acceleration?", 15 / 4, "m/s^2")
q(F, "A 3 kg mass hung on a spring stretches it by 12 cm. What is the spring constant?", 3 * g / 0.12, "N/m")
q(F, "A spring has a spring constant of 1.2 kN/m. How much force is needed to compress it by 3 cm?", 1200 * 0.03, "N")
q(
    F,
    "A horizontal force of 100 N is applied to a 20 kg box on a floor with a coefficient of kinetic friction of 0.4. What is the box's acceleration?",
    (100 - 0.4 * 20 * g) / 20,
    "m/s^2",
)
q(
    F,
    "A 15 kg box slides down a 40 degree frictionless ramp. What is the normal force on it?",
    15 * g * math.cos(d(40)),
    "N",
)
q(
    F,
    "A force of 6 N acts east and a force of 8 N acts north on the same object. What is the direction of the resultant, measured from east?",
    math.degrees(math.atan2(8, 6)),
    "degree",
)
q(
    F,
    "A block slides down a frictionless ramp inclined at 25 degrees. What is its acceleration?",
    g * math.sin(d(25)),
    "m/s^2",
)
q(
    F,
    "A 10 kg box needs a horizontal force of 39.24 N to keep it sliding at constant speed across the floor. What is the coefficient of kinetic friction?",
    39.24 / (10 * g),
    "",
)
q(
    F,
    "A 70 kg man stands in a lift that is accelerating upward at 1.5 m/s^2. What is the normal force on him from the floor?",
    70 * (g + 1.5),
    "N",
)
q(F, "A car of mass 800 kg accelerates at 3 m/s^2. What is the resultant force on it in kN?", 2.4, "kN")

E = "energy"
q(E, "What is the kinetic energy of a 0.15 kg baseball thrown at 40 m/s?", 0.5 * 0.15 * 40**2, "J")
q(E, "A 60 kg runner moves at 18 km/h. What is her kinetic energy?", 0.5 * 60 * 5**2, "J")
q(
    E,
    "How much gravitational potential energy does a 2 kg book gain when it is lifted onto a shelf 1.5 m high?",
    2 * g * 1.5,
    "J",
)
q(
    E,
    "A 70 kg climber climbs 300 m up a mountain. What is the gain in gravitational potential energy in kJ?",
    70 * g * 300 / 1000,
    "kJ",
)
q(
    E,
    "A spring with k = 400 N/m is stretched 10 cm. How much elastic potential energy is stored?",
    0.5 * 400 * 0.1**2,
    "J",
)
q(
    E,
    "A force of 50 N pushes a box 8 m across a floor in the direction of the force. How much work is done?",
    400.0,
    "J",
)
q(
    E,
    "A child pulls a wagon 20 m with a force of 30 N at an angle of 60 degrees to the horizontal. How much work does she do?",
    30 * 20 * math.cos(d(60)),
    "J",
)
q(E, "A 1200 W kettle is switched on for 3 minutes. How much energy does it use in kJ?", 1200 * 180 / 1000, "kJ")
q(E, "A crane lifts a 500 kg load 12 m in 20 s at constant speed. What is its power output?", 500 * g * 12 / 20, "W")
q(
    E,
    "An 80 kg student runs up a flight of stairs 4.5 m high in 6 s. What power does she develop?",
    80 * g * 4.5 / 6,
    "W",
)
q(
    E,
    "A 2 kg ball falls from a height of 20 m. What is its kinetic energy just before it hits the ground?",
    2 * g * 20,
    "J",
)
q(
    E,
    "A pendulum bob is released from rest 0.45 m above its lowest point. What is its speed at the bottom of the swing?",
    math.sqrt(2 * g * 0.45),
    "m/s",
)
q(
    E,
    "A roller coaster car starts from rest at the top of a 40 m high hill. Ignoring friction, what is its speed at the bottom?",
    math.sqrt(2 * g * 40),
    "m/s",
)
q(E, "A car of mass 900 kg has 180 kJ of kinetic energy. How fast is it moving?", math.sqrt(2 * 180000 / 900), "m/s")
q(
    E,
    "A ball is thrown straight upward with a speed of 8 m/s. Using conservation of energy, how high does it rise?",
    8**2 / (2 * g),
    "m",
)
q(
    E,
    "A 1500 kg car travelling at 20 m/s brakes to a stop. How much kinetic energy is dissipated by the brakes?",
    0.5 * 1500 * 400,
    "J",
)
q(E, "A motor lifts a 50 kg mass through 10 m in 25 s. What is its power?", 50 * g * 10 / 25, "W")
q(E, "An engine delivers 15 kW of power for 2 minutes. How much work does it do?", 15000 * 120, "J")
q(
    E,
    "A car engine exerts a driving force of 2000 N while the car moves at a steady 25 m/s. What is the power output?",
    2000 * 25,
    "W",
)
q(
    E,
    "A spring with spring constant 200 N/m is compressed by 0.1 m and launches a 0.05 kg ball horizontally. What is the launch speed of the ball?",
    math.sqrt(200 * 0.1**2 / 0.05),
    "m/s",
)
q(
    E,
    "45 J of work is done on a 0.4 kg ball that starts from rest. What speed does it reach?",
    math.sqrt(2 * 45 / 0.4),
    "m/s",
)
q(E, "A 5 kg object slows from 10 m/s to 4 m/s. How much work is done on it?", 0.5 * 5 * (4**2 - 10**2), "J")
q(
    E,
    "A motor uses 500 J of electrical energy to lift a load, giving it 350 J of potential energy. What is its efficiency?",
    350 / 500,
    "",
)
q(
    E,
    "How much work is needed to stretch a spring of constant 150 N/m by 20 cm from its natural length?",
    0.5 * 150 * 0.2**2,
    "J",
)
q(
    E,
    "A 65 kg diver steps off a 10 m platform. How fast is she moving when she hits the water?",
    math.sqrt(2 * g * 10),
    "m/s",
)
q(E, "A 2000 kg car accelerates from rest to 72 km/h. What is its gain in kinetic energy?", 0.5 * 2000 * 20**2, "J")
q(E, "A 0.06 kg tennis ball has a kinetic energy of 12 J. What is its speed?", math.sqrt(2 * 12 / 0.06), "m/s")
q(
    E,
    "A 10 kg sledge slides from rest down a frictionless hill and reaches the bottom at 12 m/s. How high was the hill?",
    12**2 / (2 * g),
    "m",
)
q(
    E,
    "A roller coaster moves at 5 m/s at the top of a 30 m hill. Ignoring friction, how fast is it moving at the bottom?",
    math.sqrt(5**2 + 2 * g * 30),
    "m/s",
)
q(
    E,
    "A 1000 kg car at 20 m/s skids to a stop on a road where the coefficient of kinetic friction is 0.8. How far does it skid?",
    20**2 / (2 * 0.8 * g),
    "m",
)
q(E, "What power is needed to do 4.5 kJ of work in 15 s?", 4500 / 15, "W")
q(E, "How long does a 2 kW motor take to do 30 kJ of work?", 30000 / 2000, "s")
q(
    E,
    "An object of mass 3 kg is at a height of 12 m above the ground. What is its gravitational potential energy?",
    3 * g * 12,
    "J",
)
q(
    E,
    "A 0.2 kg ball is dropped from 5 m and rebounds to a height of 3.2 m. How much energy is lost in the bounce?",
    0.2 * g * (5 - 3.2),
    "J",
)
q(E, "A 750 g ball is moving at 4 m/s. What is its kinetic energy?", 0.5 * 0.75 * 16, "J")
q(E, "A 3 kW electric heater is on for 2 hours. How much energy does it transfer, in MJ?", 3000 * 7200 / 1e6, "MJ")

M = "momentum"
q(M, "Calculate the momentum of a 0.16 kg cricket ball moving at 30 m/s.", 0.16 * 30, "kg*m/s")
q(M, "A 70 kg runner has a momentum of 560 kg m/s. How fast is he running?", 560 / 70, "m/s")
q(M, "A truck moving at 20 m/s has a momentum of 200000 kg m/s. What is its mass?", 200000 / 20, "kg")
q(M, "A force of 200 N acts on a ball for 0.05 s. What impulse does it give the ball?", 200 * 0.05, "N*s")
q(
    M,
    "A 0.45 kg football at rest is kicked and leaves the foot at 24 m/s. The contact lasts 0.012 s. What is the average force on the ball?",
    0.45 * 24 / 0.012,
    "N",
)
q(
    M,
    "A 0.15 kg ball moving at 20 m/s is caught and brought to rest in 0.1 s. What is the size of the average force on the hand?",
    0.15 * 20 / 0.1,
    "N",
)
q(
    M,
    "A 60 g tennis ball hits a wall at 25 m/s and rebounds at 20 m/s. What is the magnitude of the impulse on the ball?",
    0.06 * 45,
    "N*s",
)
q(
    M,
    "A 1000 kg car moving at 12 m/s collides with a stationary 1500 kg car and they lock together. What is their speed just after the collision?",
    1000 * 12 / 2500,
    "m/s",
)
q(
    M,
    "A 3 kg trolley moving at 4 m/s collides with a 1 kg trolley at rest and they stick together. What is the velocity of the trolleys after the collision?",
    12 / 4,
    "m/s",
)
q(
    M,
    "A 50 g bullet travelling at 400 m/s embeds itself in a 2 kg wooden block resting on ice. How fast does the block move afterwards?",
    0.05 * 400 / 2.05,
    "m/s",
)
q(
    M,
    "A 1 kg ball moving at 6 m/s collides elastically with a stationary 2 kg ball. What is the velocity of the 2 kg ball after the collision?",
    2 * 1 * 6 / 3,
    "m/s",
)
q(
    M,
    "A 2 kg cart moving at 3 m/s has an elastic head-on collision with a 1 kg cart at rest. What is the speed of the 2 kg cart after the collision?",
    (2 - 1) / 3 * 3,
    "m/s",
)
q(M, "A 5 kg gun fires a 20 g bullet at 300 m/s. What is the recoil speed of the gun?", 0.02 * 300 / 5, "m/s")
q(
    M,
    "A 60 kg skater standing still on ice throws a 3 kg ball forward at 8 m/s. What is the skater's recoil speed?",
    3 * 8 / 60,
    "m/s",
)
q(
    M,
    "A 2 kg ball moving at 5 m/s strikes a 3 kg ball at rest. After the collision the 2 kg ball is at rest. What is the velocity of the 3 kg ball?",
    10 / 3,
    "m/s",
)
q(
    M,
    "A 4 kg object moving at 5 m/s collides with a 6 kg object moving at 2 m/s in the same direction, and they stick together. What is their final speed?",
    (20 + 12) / 10,
    "m/s",
)
q(
    M,
    "A 2 kg ball moving at 4 m/s to the right hits a 1 kg ball moving at 2 m/s to the left and they stick together. What is their velocity afterwards?",
    (8 - 2) / 3,
    "m/s",
)
q(
    M,
    "A 1200 kg car moving at 15 m/s hits a stationary 800 kg car and they move off together. How much kinetic energy is lost in the collision?",
    0.5 * 1200 * 225 - 0.5 * 2000 * 9**2,
    "J",
)
q(
    M,
    "A stationary bomb of mass 10 kg explodes into two pieces. A 4 kg piece flies off at 30 m/s. What is the speed of the other piece?",
    4 * 30 / 6,
    "m/s",
)
q(
    M,
    "A 0.5 kg ball speeds up from 4 m/s to 10 m/s in the same direction. What is its change in momentum?",
    0.5 * 6,
    "kg*m/s",
)
q(M, "A 1500 kg car accelerates from 10 m/s to 25 m/s. What impulse acts on it?", 1500 * 15, "N*s")
q(
    M,
    "A constant force of 15 N acts on a 3 kg object initially at rest for 4 s. What is its final velocity?",
    15 * 4 / 3,
    "m/s",
)
q(M, "What is the momentum of a 900 kg car travelling at 72 km/h?", 900 * 20, "kg*m/s")
q(
    M,
    "A 0.1 kg ball hits the floor at 6 m/s and bounces back up at 4 m/s. What is the magnitude of the change in its momentum?",
    0.1 * 10,
    "kg*m/s",
)
q(M, "A 2 kg mass at rest receives an impulse of 14 N s. What speed does it reach?", 14 / 2, "m/s")
q(
    M,
    "A 75 kg astronaut and a 25 kg satellite are at rest in space. The astronaut pushes the satellite and moves away at 0.5 m/s. How fast does the satellite move?",
    75 * 0.5 / 25,
    "m/s",
)
q(
    M,
    "A golf club exerts an average force of 1500 N on a 45 g golf ball for 0.6 ms. What is the ball's speed as it leaves the club?",
    1500 * 0.0006 / 0.045,
    "m/s",
)
q(
    M,
    "A car of mass 1000 kg travelling at 30 m/s is brought to rest by a constant force in 6 s. What is the size of the force?",
    1000 * 30 / 6,
    "N",
)
q(
    M,
    "Two ice skaters of 50 kg and 75 kg stand together and push apart. The 50 kg skater moves off at 3 m/s. What is the speed of the 75 kg skater?",
    50 * 3 / 75,
    "m/s",
)
q(
    M,
    "A 3 kg ball moving at 2 m/s collides head-on with a 1 kg ball at rest. The collision is elastic. What is the velocity of the 1 kg ball after the collision?",
    2 * 3 * 2 / 4,
    "m/s",
)
q(
    M,
    "A 0.25 kg puck moving at 12 m/s is stopped by a goalkeeper's glove. What impulse does the glove give the puck, in magnitude?",
    0.25 * 12,
    "N*s",
)

A = "angular_motion"
q(A, "A wheel accelerates uniformly from rest to 30 rad/s in 6 s. What is its angular acceleration?", 30 / 6, "rad/s^2")
q(
    A,
    "A fan rotating at 120 rad/s slows uniformly to rest in 20 s. What is the magnitude of its angular deceleration?",
    120 / 20,
    "rad/s^2",
)
q(A, "A turntable rotates at 33 rpm. What is its angular velocity in rad/s?", rpm(33), "rad/s")
q(A, "A motor spins at 1800 rpm. What is its angular speed in rad/s?", rpm(1800), "rad/s")
q(
    A,
    "A wheel starting from rest has an angular acceleration of 2 rad/s^2. Through what angle does it turn in 10 s?",
    0.5 * 2 * 100,
    "rad",
)
q(
    A,
    "A flywheel starts from rest with an angular acceleration of 4 rad/s^2. What is its angular velocity after 5 s?",
    4 * 5,
    "rad/s",
)
q(A, "A disc rotates steadily at 10 rad/s. How many revolutions does it make in 1 minute?", 10 * 60 / (2 * pi), "rev")
q(
    A,
    "What is the moment of inertia of a solid disk of mass 4 kg and radius 0.3 m about its central axis?",
    0.5 * 4 * 0.09,
    "kg*m^2",
)
q(
    A,
    "Find the moment of inertia of a uniform solid sphere of mass 5 kg and radius 0.2 m about an axis through its centre.",
    0.4 * 5 * 0.04,
    "kg*m^2",
)
q(
    A,
    "A thin uniform rod is 1.2 m long and has a mass of 0.5 kg. What is its moment of inertia about its centre?",
    0.5 * 1.44 / 12,
    "kg*m^2",
)
q(
    A,
    "A uniform rod of mass 2 kg and length 3 m rotates about one end. What is its moment of inertia?",
    2 * 9 / 3,
    "kg*m^2",
)
q(
    A,
    "A thin hollow sphere has a mass of 0.6 kg and a radius of 10 cm. What is its moment of inertia about a diameter?",
    2 / 3 * 0.6 * 0.01,
    "kg*m^2",
)
q(
    A,
    "A ring of mass 300 g and radius 20 cm rotates about its centre. What is its moment of inertia?",
    0.3 * 0.04,
    "kg*m^2",
)
q(
    A,
    "A force of 25 N is applied perpendicular to a wrench 0.3 m from the bolt. What torque is produced?",
    25 * 0.3,
    "N*m",
)
q(
    A,
    "A 40 N force pushes on a door 0.8 m from the hinges at an angle of 30 degrees to the door. What torque does it produce?",
    40 * 0.8 * math.sin(d(30)),
    "N*m",
)
q(
    A,
    "A torque of 20 N m is applied to a solid disc of mass 10 kg and radius 0.5 m. What is its angular acceleration?",
    20 / (0.5 * 10 * 0.25),
    "rad/s^2",
)
q(
    A,
    "A wheel with moment of inertia 0.8 kg m^2 has an angular acceleration of 5 rad/s^2. What torque acts on it?",
    0.8 * 5,
    "N*m",
)
q(
    A,
    "A point on the rim of a wheel of radius 0.4 m moves at 6 m/s. What is the angular velocity of the wheel?",
    6 / 0.4,
    "rad/s",
)
q(
    A,
    "A merry-go-round of radius 2 m turns at 1.5 rad/s. What is the speed of a child sitting at the edge?",
    1.5 * 2,
    "m/s",
)
q(A, "A car goes round a bend of radius 50 m at 15 m/s. What is its centripetal acceleration?", 15**2 / 50, "m/s^2")
q(
    A,
    "A 0.2 kg stone is whirled in a horizontal circle of radius 0.8 m at 4 m/s. What is the centripetal force?",
    0.2 * 16 / 0.8,
    "N",
)
q(
    A,
    "A 1200 kg car rounds a curve of radius 80 m at 72 km/h. What centripetal force is needed?",
    1200 * 20**2 / 80,
    "N",
)
q(
    A,
    "A solid cylinder rolls without slipping down a ramp from a height of 2 m, starting from rest. What is its speed at the bottom?",
    math.sqrt(4 / 3 * g * 2),
    "m/s",
)
q(
    A,
    "A hoop rolls from rest down a 3 m high hill without slipping. What is its speed at the bottom?",
    math.sqrt(g * 3),
    "m/s",
)
q(
    A,
    "A flywheel with moment of inertia 2 kg m^2 spins at 50 rad/s. What is its rotational kinetic energy?",
    0.5 * 2 * 2500,
    "J",
)
q(
    A,
    "What is the angular momentum of a disc with moment of inertia 0.5 kg m^2 spinning at 12 rad/s?",
    0.5 * 12,
    "kg*m^2/s",
)
q(
    A,
    "An ice skater spinning at 2 rev/s with a moment of inertia of 4 kg m^2 pulls in her arms, reducing her moment of inertia to 1.6 kg m^2. What is her new rate of spin in rev/s?",
    2 * 4 / 1.6,
    "rev/s",
)
q(
    A,
    "A skater spins at 3 rad/s with a moment of inertia of 5 kg m^2. She pulls in her arms and her angular velocity becomes 7.5 rad/s. What is her new moment of inertia?",
    3 * 5 / 7.5,
    "kg*m^2",
)
q(
    A,
    "A wheel spinning at 600 rpm is brought uniformly to rest in 10 s. How many revolutions does it make while stopping?",
    600 / 60 * 10 / 2,
    "rev",
)
q(
    A,
    "A Ferris wheel of radius 15 m makes one revolution every 60 s. What is the speed of a passenger?",
    2 * pi * 15 / 60,
    "m/s",
)
q(
    A,
    "A solid ball rolls without slipping down a 30 degree incline. What is its acceleration?",
    5 / 7 * g * math.sin(d(30)),
    "m/s^2",
)
q(A, "A CD spins at 500 rpm. What is the linear speed of a point 6 cm from the centre?", rpm(500) * 0.06, "m/s")
q(
    A,
    "A wheel rotating at 4 rad/s speeds up uniformly to 10 rad/s in 3 s. Through what angle does it turn in that time?",
    (4 + 10) / 2 * 3,
    "rad",
)
q(
    A,
    "A 50 kg child sits 1.5 m from the centre of a roundabout rotating at 2 rad/s. What is her centripetal acceleration?",
    4 * 1.5,
    "m/s^2",
)
q(
    A,
    "A uniform solid disc of mass 2 kg and radius 0.1 m spins at 300 rpm. What is its angular momentum?",
    0.5 * 2 * 0.01 * rpm(300),
    "kg*m^2/s",
)
q(A, "A bicycle wheel of radius 35 cm rolls along the road at 7 m/s. What is its angular velocity?", 7 / 0.35, "rad/s")

X = "math"
q(X, "Solve 2x^2 + 3x - 2 = 0 for the positive root.", 0.5, "")
q(X, "Find the smaller root of x^2 - 7x + 10 = 0.", 2.0, "")
q(X, "Solve x^2 + 2x - 15 = 0. Give the larger solution.", 3.0, "")
q(X, "What is sin(30 degrees)?", 0.5, "")
q(X, "Calculate tan(45°).", 1.0, "")
q(X, "What is cos(π/3)?", 0.5, "")
q(X, "Evaluate sin(1.2 radians).", math.sin(1.2), "")
q(X, "What angle, in degrees, has a sine of 0.5?", 30.0, "degree")
q(X, "Find arctan(1) in degrees.", 45.0, "degree")
q(X, "A right triangle has legs of 6 and 8. What is the length of the hypotenuse?", 10.0, "")
q(X, "A right-angled triangle has a hypotenuse of 13 and one side of 5. How long is the other side?", 12.0, "")
q(X, "Two sides of a triangle are 5 and 8 and the angle between them is 60 degrees. Find the third side.", 7.0, "")
q(X, "Convert 36 km/h to m/s.", 10.0, "m/s")
q(X, "Convert 2.5 hours to seconds.", 9000.0, "s")
q(X, "How many centimetres are there in 3.2 m?", 320.0, "cm")
q(X, "Convert 90 degrees to radians.", pi / 2, "rad")
q(X, "Convert 500 g to kilograms.", 0.5, "kg")
q(X, "Convert 60 mph to m/s.", 60 * 0.44704, "m/s")
q(X, "What is log10(1000)?", 3.0, "")
q(X, "Solve 3x + 7 = 22.", 5.0, "")
q(X, "What is the natural logarithm of 10?", math.log(10), "")
q(X, "Convert 1500 rpm to rad/s.", rpm(1500), "rad/s")
q(X, "Convert 4 kJ to joules.", 4000.0, "J")
q(
    X,
    "A ladder 5 m long leans against a vertical wall with its foot 3 m from the wall. How high up the wall does it reach?",
    4.0,
    "m",
)
q(X, "What is sin 45°?", math.sin(d(45)), "")
q(X, "Convert 72 km/h into metres per second.", 20.0, "m/s")
q(X, "Solve x^2 - 4x - 5 = 0 for the negative root.", -1.0, "")
q(X, "What is cos(0.5 rad)?", math.cos(0.5), "")

# The second set (held back until the fixes prompted by the first were done).
writing_second = True
K, F, E, M, A, X = "kinematics", "forces", "energy", "momentum", "angular_motion", "math"
q(
    K,
    "A van moving at 25 m/s decelerates at 5 m/s^2 until it stops. How far does it travel before stopping?",
    25**2 / (2 * 5),
    "m",
)
q(K, "How long does a falling object take to fall 20 m from rest?", math.sqrt(2 * 20 / g), "s")
q(K, "A hiker walks 12 km in 3 hours. What is her average speed in m/s?", 12000 / 10800, "m/s")
q(
    K,
    "A car starting from rest covers 100 m in 10 s with constant acceleration. What is its acceleration?",
    2 * 100 / 100,
    "m/s^2",
)
q(K, "A swimmer swims at 1.5 m/s. How long does she take to swim 300 m?", 300 / 1.5, "s")
q(K, "A plane lands at 80 m/s and stops after 1600 m of runway. What is its deceleration?", 80**2 / (2 * 1600), "m/s^2")
q(K, "A ball is thrown upward with a speed of 25 m/s. What is the maximum height it reaches?", 25**2 / (2 * g), "m")
q(
    K,
    "A stone is thrown horizontally from a 45 m high cliff at 15 m/s. How far from the base of the cliff does it land?",
    15 * math.sqrt(2 * 45 / g),
    "m",
)
q(
    K,
    "A projectile is fired at 50 m/s at 30 degrees above the horizontal. What is its time of flight over level ground?",
    2 * 50 * 0.5 / g,
    "s",
)
q(
    K,
    "A train slows from 108 km/h to 36 km/h in 20 s. What is the magnitude of its acceleration?",
    (30 - 10) / 20,
    "m/s^2",
)
q(
    K,
    "An apple falls from a branch 3.2 m above the ground. With what speed does it hit the ground?",
    math.sqrt(2 * g * 3.2),
    "m/s",
)
q(K, "A car travels at a constant speed of 45 km/h for 40 minutes. How far does it go, in km?", 30.0, "km")
q(K, "A rocket accelerates from rest at 12 m/s^2 for 8 s. How fast is it going at the end?", 96.0, "m/s")
F2 = [
    (F, "Find the acceleration of a 2500 kg truck when a net force of 5 kN acts on it.", 2.0, "m/s^2"),
    (F, "What is the weight of a 450 g apple?", 0.45 * g, "N"),
    (
        F,
        "A 30 kg child sits on a slide inclined at 45 degrees. What is the normal force on the child?",
        30 * g * math.cos(d(45)),
        "N",
    ),
    (F, "A spring is stretched 4 cm by a force of 10 N. How much force would stretch it by 10 cm?", 25.0, "N"),
    (
        F,
        "A 5 kg mass hangs from a spring whose constant is 490 N/m. What is the extension of the spring?",
        5 * g / 490,
        "m",
    ),
    (F, "A 1000 kg car accelerates from rest to 20 m/s in 8 s. What net force acts on it?", 1000 * 20 / 8, "N"),
    (
        F,
        "Masses of 5 kg and 3 kg are connected by a string over a frictionless pulley. Find their acceleration.",
        g * 2 / 8,
        "m/s^2",
    ),
    (
        F,
        "A 50 kg crate is pushed across a level floor at constant velocity. The coefficient of kinetic friction is 0.35. What pushing force is needed?",
        0.35 * 50 * g,
        "N",
    ),
    (
        F,
        "A force of 120 N acts at 40 degrees above the horizontal. Find its horizontal component.",
        120 * math.cos(d(40)),
        "N",
    ),
    (F, "A 2 kg object accelerates at 3 m/s^2. What net force acts on it?", 6.0, "N"),
    (
        F,
        "A 20 kg box sits on a ramp inclined at 15 degrees. What is the component of gravity acting down the ramp?",
        20 * g * math.sin(d(15)),
        "N",
    ),
    (
        F,
        "A 90 kg person is in a lift accelerating downward at 2 m/s^2. What is the normal force from the floor?",
        90 * (g - 2),
        "N",
    ),
    (
        F,
        "A horizontal force of 60 N pulls a 12 kg box across a floor. The coefficient of friction is 0.2. What is the acceleration?",
        (60 - 0.2 * 12 * g) / 12,
        "m/s^2",
    ),
]
for t in F2:
    q(*t)
E2 = [
    (E, "A 4 kg bowling ball rolls at 6 m/s. What is its kinetic energy?", 72.0, "J"),
    (E, "A 50 kg girl climbs a 6 m rope. How much potential energy does she gain?", 50 * g * 6, "J"),
    (
        E,
        "A spring of constant 2000 N/m is compressed by 3 cm. How much energy is stored in it?",
        0.5 * 2000 * 0.03**2,
        "J",
    ),
    (
        E,
        "A rock falls from a height of 5 m. How fast is it moving when it reaches the ground?",
        math.sqrt(2 * g * 5),
        "m/s",
    ),
    (
        E,
        "A box is dragged 15 m by a rope with a tension of 40 N at 30 degrees to the horizontal. How much work is done by the rope?",
        40 * 15 * math.cos(d(30)),
        "J",
    ),
    (
        E,
        "A lift motor raises a 600 kg lift through 20 m in 15 s. What is the average power output?",
        600 * g * 20 / 15,
        "W",
    ),
    (E, "A 100 W light bulb is left on for 8 hours. How much energy does it use in kWh?", 0.8, "kWh"),
    (
        E,
        "A 1200 kg car speeds up from 10 m/s to 20 m/s. How much work does the engine do on the car (ignoring friction)?",
        0.5 * 1200 * 300,
        "J",
    ),
    (E, "A 0.5 kg ball is thrown upward at 10 m/s. What is its maximum height?", 100 / (2 * g), "m"),
    (
        E,
        "A skateboarder at 3 m/s rolls down a 2 m high ramp without friction. What is her speed at the bottom?",
        math.sqrt(9 + 2 * g * 2),
        "m/s",
    ),
    (E, "A cyclist produces 250 W of power. How much work does she do in 10 minutes?", 250 * 600, "J"),
    (E, "A 5 kg mass has 245 J of gravitational potential energy. How high is it?", 245 / (5 * g), "m"),
]
for t in E2:
    q(*t)
M2 = [
    (M, "A 0.058 kg tennis ball travels at 50 m/s. What is its momentum?", 0.058 * 50, "kg*m/s"),
    (M, "A 6 kg bowling ball has a momentum of 24 kg m/s. What is its velocity?", 4.0, "m/s"),
    (
        M,
        "A 2000 kg truck at 10 m/s collides with a 1000 kg car at rest; they stick. What is their common speed?",
        20000 / 3000,
        "m/s",
    ),
    (
        M,
        "A 0.4 kg ball at 15 m/s is hit back at 25 m/s by a bat. What is the magnitude of the impulse on the ball?",
        0.4 * 40,
        "N*s",
    ),
    (
        M,
        "A bat is in contact with a 0.4 kg ball for 0.02 s, changing its velocity from 15 m/s toward the bat to 25 m/s away from it. What is the average force on the ball?",
        0.4 * 40 / 0.02,
        "N",
    ),
    (
        M,
        "A 10 g bullet fired from a 3 kg rifle leaves at 600 m/s. With what speed does the rifle recoil?",
        0.01 * 600 / 3,
        "m/s",
    ),
    (
        M,
        "A 4 kg ball moving at 3 m/s makes an elastic head-on collision with a 4 kg ball at rest. What is the velocity of the second ball afterwards?",
        3.0,
        "m/s",
    ),
    (M, "An impulse of 30 N s is applied to a 5 kg cart initially at rest. What is its final speed?", 6.0, "m/s"),
    (
        M,
        "A 70 kg footballer running at 6 m/s is stopped in 0.5 s by a tackle. What is the average force on him?",
        70 * 6 / 0.5,
        "N",
    ),
    (
        M,
        "A 1.5 kg cart moving at 2 m/s collides with and sticks to a 0.5 kg cart at rest. What is their final velocity?",
        3 / 2,
        "m/s",
    ),
    (
        M,
        "A 25 kg boy jumps off a 50 kg raft at rest with a horizontal speed of 2 m/s. How fast does the raft move away?",
        25 * 2 / 50,
        "m/s",
    ),
    (
        M,
        "A force of 500 N acts on a 0.16 kg ball for 4 ms. What is the change in momentum of the ball?",
        500 * 0.004,
        "kg*m/s",
    ),
]
for t in M2:
    q(*t)
A2 = [
    (A, "A wheel turns at 45 rpm. What is its angular velocity in rad/s?", rpm(45), "rad/s"),
    (
        A,
        "A spinning top slows uniformly from 50 rad/s to 20 rad/s in 6 s. What is the magnitude of its angular acceleration?",
        5.0,
        "rad/s^2",
    ),
    (
        A,
        "What is the moment of inertia of a solid cylinder of mass 8 kg and radius 25 cm about its axis?",
        0.5 * 8 * 0.0625,
        "kg*m^2",
    ),
    (
        A,
        "A thin hoop of mass 1.5 kg has a radius of 40 cm. Find its moment of inertia about its axis.",
        1.5 * 0.16,
        "kg*m^2",
    ),
    (A, "A 1.8 kg rod 0.9 m long rotates about its centre. What is its moment of inertia?", 1.8 * 0.81 / 12, "kg*m^2"),
    (
        A,
        "A mechanic applies a force of 150 N at the end of a 0.25 m wrench, at right angles to it. What torque is applied?",
        37.5,
        "N*m",
    ),
    (
        A,
        "A net torque of 6 N m gives a wheel an angular acceleration of 3 rad/s^2. What is the wheel's moment of inertia?",
        2.0,
        "kg*m^2",
    ),
    (
        A,
        "A car tyre of radius 0.3 m rotates at 50 rad/s. What is the car's speed if the tyre rolls without slipping?",
        15.0,
        "m/s",
    ),
    (
        A,
        "A 0.5 kg ball on a string moves in a circle of radius 1.2 m at 6 m/s. What is the tension in the string (ignore gravity)?",
        0.5 * 36 / 1.2,
        "N",
    ),
    (
        A,
        "A satellite moves in a circle of radius 7000 km at 7.5 km/s. What is its centripetal acceleration?",
        7500**2 / 7e6,
        "m/s^2",
    ),
    (
        A,
        "A solid sphere is released from rest at the top of a ramp 0.7 m high and rolls without slipping. What is its speed at the bottom?",
        math.sqrt(10 / 7 * g * 0.7),
        "m/s",
    ),
    (
        A,
        "A wheel with moment of inertia 0.2 kg m^2 spins at 1200 rpm. What is its rotational kinetic energy?",
        0.5 * 0.2 * rpm(1200) ** 2,
        "J",
    ),
    (
        A,
        "A wheel starts from rest and reaches 20 rad/s after turning through 50 rad. What is its angular acceleration?",
        400 / 100,
        "rad/s^2",
    ),
]
for t in A2:
    q(*t)
X2 = [
    (X, "Find the positive root of x^2 + x - 12 = 0.", 3.0, ""),
    (X, "Solve 4x^2 - 9 = 0 for the positive solution.", 1.5, ""),
    (X, "Calculate cos 30°.", math.cos(d(30)), ""),
    (X, "What is tan(60 degrees)?", math.tan(d(60)), ""),
    (X, "Find the inverse cosine of 0.5 in degrees.", 60.0, "degree"),
    (X, "A right triangle has legs 9 and 12. What is the hypotenuse?", 15.0, ""),
    (
        X,
        "Two sides of a triangle measure 10 and 6 with an included angle of 120 degrees. What is the length of the third side?",
        14.0,
        "",
    ),
    (X, "Convert 250 cm to metres.", 2.5, "m"),
    (X, "Convert 3 minutes to seconds.", 180.0, "s"),
    (X, "Convert 20 m/s to km/h.", 72.0, "km/h"),
    (X, "Convert 2 rad to degrees.", math.degrees(2), "degree"),
    (X, "What is log base 10 of 0.01?", -2.0, ""),
]
for t in X2:
    q(*t)


# The third set (written after the fixes prompted by the first two; scored once before its own fixes).
writing_third = True
K, F, E, M, A, X = "kinematics", "forces", "energy", "momentum", "angular_motion", "math"
q(K, "During a test, a car increases its speed from 20 m/s to 32 m/s in 4 s. Calculate its acceleration.", 3.0, "m/s^2")
q(
    K,
    "A boy drops a stone into a canyon and hears it hit the bottom 4 s later. Ignoring the time sound takes, how deep is the canyon?",
    0.5 * g * 16,
    "m",
)
q(K, "An athlete runs the 1500 m race in 3 minutes 45 seconds. What is her average speed?", 1500 / 225, "m/s")
q(
    K,
    "A car moving at 15 m/s speeds up with a constant acceleration of 2 m/s^2 until it reaches 25 m/s. How far does it travel while accelerating?",
    (625 - 225) / 4,
    "m",
)
q(K, "A hot-air balloon rises at a steady 3 m/s. How long does it take to climb 450 m?", 150.0, "s")
q(
    K,
    "A tennis ball is served horizontally at 50 m/s from a height of 2.5 m. How long does it take to reach the ground?",
    math.sqrt(5 / g),
    "s",
)
q(
    K,
    "A shell is fired at 300 m/s at 25 degrees above the horizontal. Neglecting air resistance, what is its range on flat ground?",
    300**2 * math.sin(d(50)) / g,
    "m",
)
q(
    K,
    "A pebble is thrown vertically upward with an initial velocity of 18 m/s. Find the time it takes to come back down to the thrower.",
    36 / g,
    "s",
)
q(K, "A cyclist decelerates uniformly from 9 m/s to rest over 27 m. Calculate her deceleration.", 81 / 54, "m/s^2")
q(
    K,
    "An object starts from rest and moves 48 m in 4 s with uniform acceleration. What is its final velocity?",
    24.0,
    "m/s",
)
q(F, "Calculate the resultant force on a 1200 kg car that accelerates at 0.75 m/s^2.", 900.0, "N")
q(F, "A 250 g apple hangs from a tree. What is the gravitational force on the apple?", 0.25 * g, "N")
q(
    F,
    "A box of mass 18 kg rests on a slope of 22 degrees. What normal reaction force does the slope exert on it?",
    18 * g * math.cos(d(22)),
    "N",
)
q(
    F,
    "A worker drags a 35 kg crate across the floor at constant velocity. If the coefficient of kinetic friction is 0.3, what horizontal force is the worker applying?",
    0.3 * 35 * g,
    "N",
)
q(F, "An elastic cord stretches by 12 cm when a force of 30 N is applied. What is its spring constant?", 250.0, "N/m")
q(F, "Two forces act on a box: 70 N to the right and 45 N to the left. What is the net force on the box?", 25.0, "N")
q(
    F,
    "A sled is pulled with a rope at 50 degrees above the horizontal. The tension is 120 N. What is the vertical component of the tension?",
    120 * math.sin(d(50)),
    "N",
)
q(
    F,
    "A lift with passengers has a total mass of 1100 kg and accelerates upward at 0.8 m/s^2. What is the tension in the lift cable?",
    1100 * (g + 0.8),
    "N",
)
q(
    F,
    "A 3 kg block and a 7 kg block hang from a string over a frictionless pulley. Calculate the acceleration of the blocks.",
    4 * g / 10,
    "m/s^2",
)
q(
    F,
    "A 5 kg box is pushed along a horizontal surface with a 40 N force. Friction on the box is 15 N. What is the acceleration of the box?",
    5.0,
    "m/s^2",
)
q(E, "A 1.5 kg rock is held 8 m above the ground. What is its gravitational potential energy?", 1.5 * g * 8, "J")
q(E, "Calculate the kinetic energy of a 0.02 kg arrow flying at 60 m/s.", 0.5 * 0.02 * 3600, "J")
q(E, "How much work is done when a 200 N force pushes a trolley 15 m in the direction of the force?", 3000.0, "J")
q(E, "A 65 kg person climbs a 20 m high tower. How much work do they do against gravity?", 65 * g * 20, "J")
q(E, "A toaster uses 900 J of energy every second. What is its power in kW?", 0.9, "kW")
q(E, "A trampoline launches a 40 kg child straight up at 6 m/s. How high does she rise?", 36 / (2 * g), "m")
q(
    E,
    "A ball rolls without friction down a slope from rest at a height of 3.2 m. What is its speed at the bottom?",
    math.sqrt(2 * g * 3.2),
    "m/s",
)
q(
    E,
    "A 1000 kg car speeds up from 10 m/s to 20 m/s. How much work does the net force do on the car?",
    0.5 * 1000 * 300,
    "J",
)
q(
    E,
    "A spring with a spring constant of 350 N/m is stretched 8 cm. Calculate the elastic potential energy stored.",
    0.5 * 350 * 0.0064,
    "J",
)
q(E, "An electric hoist lifts a 250 kg load through 12 m in 30 s. What power does it deliver?", 250 * g * 12 / 30, "W")
q(M, "What is the momentum of a 7 kg bowling ball rolling at 5 m/s?", 35.0, "kg*m/s")
q(
    M,
    "A 1400 kg car moving at 18 m/s rear-ends a stationary 1000 kg car and the two lock bumpers. What is their speed just after the collision?",
    1400 * 18 / 2400,
    "m/s",
)
q(
    M,
    "A 0.2 kg hockey puck moving at 30 m/s is stopped by a goalie in 0.01 s. What is the average force on the puck?",
    0.2 * 30 / 0.01,
    "N",
)
q(M, "A cannon of mass 800 kg fires a 10 kg cannonball at 160 m/s. What is the recoil speed of the cannon?", 2.0, "m/s")
q(
    M,
    "A 2 kg ball moving at 6 m/s collides elastically head-on with a 4 kg ball at rest. What is the velocity of the 4 kg ball after the collision?",
    2 * 2 * 6 / 6,
    "m/s",
)
q(
    M,
    "A golf ball of mass 46 g is hit from rest and leaves the club at 70 m/s. What impulse did the club give the ball?",
    0.046 * 70,
    "N*s",
)
q(
    M,
    "A 0.3 kg ball traveling at 12 m/s strikes a wall and bounces straight back at 10 m/s. What is the magnitude of the ball's change in momentum?",
    0.3 * 22,
    "kg*m/s",
)
q(
    M,
    "A 50 kg student on frictionless roller skates pushes off a wall and moves away at 1.2 m/s. What impulse did the wall give the student?",
    60.0,
    "N*s",
)
q(
    M,
    "A constant force of 8 N acts for 5 s on a 4 kg object moving at 2 m/s in the direction of the force. What is its final velocity?",
    2 + 40 / 4,
    "m/s",
)
q(
    M,
    "An 85 kg fullback running at 7 m/s collides head-on with a 105 kg linebacker running toward him at 4 m/s. They hold on to each other. What is their velocity just after the collision?",
    (85 * 7 - 105 * 4) / 190,
    "m/s",
)
q(
    A,
    "A potter's wheel accelerates uniformly from rest to 6 rad/s in 3 s. What is its angular acceleration?",
    2.0,
    "rad/s^2",
)
q(A, "A grinding wheel spins at 2400 rpm. What is its angular velocity in rad/s?", 2400 * 2 * pi / 60, "rad/s")
q(
    A,
    "A wheel with an initial angular velocity of 12 rad/s decelerates uniformly at 3 rad/s^2. How long does it take to stop?",
    4.0,
    "s",
)
q(
    A,
    "Find the moment of inertia of a solid cylinder of mass 10 kg and radius 20 cm about its central axis.",
    0.5 * 10 * 0.04,
    "kg*m^2",
)
q(A, "A thin hoop of radius 50 cm has a moment of inertia of 0.75 kg m^2. What is its mass?", 3.0, "kg")
q(
    A,
    "A uniform rod 80 cm long with a mass of 600 g rotates about one end. Calculate its moment of inertia.",
    0.6 * 0.64 / 3,
    "kg*m^2",
)
q(
    A,
    "A mechanic pushes on a wrench with a 90 N force at a distance of 0.35 m from the bolt, perpendicular to the handle. What torque does he produce?",
    31.5,
    "N*m",
)
q(
    A,
    "A constant torque of 25 N m is applied to a wheel with a moment of inertia of 5 kg m^2. What is the angular acceleration?",
    5.0,
    "rad/s^2",
)
q(
    A,
    "A 1.2 kg ball on a 0.9 m string is swung in a horizontal circle at 4 m/s. What is the centripetal force?",
    1.2 * 16 / 0.9,
    "N",
)
q(
    A,
    "A satellite-tracking dish of radius 2 m rotates at 0.5 rad/s. What is the speed of a point on its rim?",
    1.0,
    "m/s",
)
q(
    A,
    "A thin hoop rolls without slipping down a hill 5 m high, starting from rest. What is its speed at the bottom?",
    math.sqrt(g * 5),
    "m/s",
)
q(
    A,
    "A flywheel with a moment of inertia of 12 kg m^2 rotates at 30 rad/s. How much rotational kinetic energy does it store?",
    0.5 * 12 * 900,
    "J",
)
q(
    A,
    "A diver with a moment of inertia of 15 kg m^2 spins at 2 rad/s and then tucks, reducing her moment of inertia to 5 kg m^2. What is her new angular velocity?",
    6.0,
    "rad/s",
)
q(X, "Solve the equation x^2 - 2x - 8 = 0. Give the positive solution.", 4.0, "")
q(X, "Find the smaller solution of x^2 + 5x + 4 = 0.", -4.0, "")
q(X, "What is the sine of 60 degrees?", math.sin(d(60)), "")
q(X, "Evaluate tan 75°.", math.tan(d(75)), "")
q(X, "A right triangle has legs 5 cm and 12 cm. What is the length of the hypotenuse in cm?", 13.0, "cm")
q(X, "Convert 7.2 km/h to m/s.", 2.0, "m/s")
q(X, "Convert 0.5 hours into minutes.", 30.0, "min")
q(X, "How many joules are in 2.5 kJ?", 2500.0, "J")
q(X, "Convert 45 degrees to radians.", pi / 4, "rad")


# The fourth set (written after the fixes prompted by the third; scored once before its own fixes).
writing_fourth = True
K, F, E, M, A, X = "kinematics", "forces", "energy", "momentum", "angular_motion", "math"
q(
    K,
    "A train leaves a station from rest with a uniform acceleration of 0.6 m/s^2. How long does it take to reach a speed of 24 m/s?",
    40.0,
    "s",
)
q(
    K,
    "An object moving at 8 m/s accelerates uniformly to 20 m/s over a distance of 70 m. What is its acceleration?",
    (400 - 64) / 140,
    "m/s^2",
)
q(
    K,
    "A ball thrown vertically upward reaches a maximum height of 20 m. How long does it take to reach that height?",
    math.sqrt(2 * 20 / g),
    "s",
)
q(K, "A car covers 450 m in 30 s at constant speed. What is its speed in km/h?", 54.0, "km/h")
q(
    K,
    "A stone is projected horizontally at 12 m/s from the top of a 30 m tower. With what speed does it strike the ground?",
    math.sqrt(144 + 2 * g * 30),
    "m/s",
)
q(
    K,
    "A long-jumper leaves the ground at 9 m/s at an angle of 22 degrees. How far does she jump, ignoring air resistance?",
    81 * math.sin(d(44)) / g,
    "m",
)
q(K, "A bus decelerates from 72 km/h to rest at 2.5 m/s^2. What distance does it cover while braking?", 400 / 5, "m")
q(K, "How fast is a freely falling body moving after it has fallen for 1.5 s from rest?", g * 1.5, "m/s")
q(
    K,
    "A car accelerates from 12 m/s at 2 m/s^2. What is its velocity after travelling 40 m?",
    math.sqrt(144 + 160),
    "m/s",
)
q(K, "A motorist drives 120 km at an average speed of 80 km/h. How long does the journey take in hours?", 1.5, "h")
q(F, "A trolley of mass 2.5 kg accelerates at 1.2 m/s^2. What is the resultant force acting on it?", 3.0, "N")
q(F, "What is the mass of a car that accelerates at 3 m/s^2 when a net force of 4500 N acts on it?", 1500.0, "kg")
q(
    F,
    "A 6 kg box is on a rough horizontal floor. The coefficient of static friction between the box and the floor is 0.45. What is the maximum static friction force?",
    0.45 * 6 * g,
    "N",
)
q(F, "A spring stretches 6 cm when a 1.2 kg mass is hung from it. What is its spring constant?", 1.2 * g / 0.06, "N/m")
q(
    F,
    "A 9 kg block rests on a frictionless slope inclined at 32 degrees to the horizontal. What is the acceleration of the block down the slope?",
    g * math.sin(d(32)),
    "m/s^2",
)
q(F, "A force of 150 N acts at 20° below the horizontal. What is its horizontal component?", 150 * math.cos(d(20)), "N")
q(
    F,
    "Two masses, 1.5 kg and 2.5 kg, are attached to the ends of a string passing over a light frictionless pulley. Find the tension in the string.",
    2 * 1.5 * 2.5 * g / 4,
    "N",
)
q(
    F,
    "A 20 kg child sits on a swing held by two vertical ropes sharing the load equally. What is the tension in each rope?",
    20 * g / 2,
    "N",
)
q(F, "An elevator of mass 1200 kg moves upward at constant speed. What is the tension in its cable?", 1200 * g, "N")
q(
    F,
    "A 50 N force pulls a 10 kg crate across a floor against a 20 N friction force. Find the crate's acceleration.",
    3.0,
    "m/s^2",
)
q(
    E,
    "A 75 kg hiker climbs 500 m vertically. How much gravitational potential energy does he gain? Give your answer in kJ.",
    75 * g * 500 / 1000,
    "kJ",
)
q(E, "A 0.5 kg football is kicked at 25 m/s. How much kinetic energy does it have?", 0.5 * 0.5 * 625, "J")
q(
    E,
    "A force of 35 N pulls a suitcase 40 m at an angle of 30° to the horizontal. How much work is done?",
    35 * 40 * math.cos(d(30)),
    "J",
)
q(
    E,
    "A pump lifts 200 kg of water through a height of 15 m in 60 s. What is the power of the pump?",
    200 * g * 15 / 60,
    "W",
)
q(E, "How much energy does a 2.2 kW kettle transfer in 4 minutes?", 2200 * 240, "J")
q(
    E,
    "A cart starts from rest and rolls down a frictionless track that drops 12 m. What is its speed at the bottom?",
    math.sqrt(2 * g * 12),
    "m/s",
)
q(E, "A 0.15 kg ball is thrown straight up with 30 J of kinetic energy. How high does it rise?", 30 / (0.15 * g), "m")
q(
    E,
    "A 4 kg block moving at 5 m/s slides onto a rough surface with a coefficient of kinetic friction of 0.25. How far does it slide before stopping?",
    25 / (2 * 0.25 * g),
    "m",
)
q(
    E,
    "A bungee cord with a spring constant of 80 N/m is stretched by 15 m. How much elastic potential energy does it store?",
    0.5 * 80 * 225,
    "J",
)
q(
    E,
    "A motor with an input power of 800 W delivers 600 W of useful power. What is its efficiency as a percentage?",
    75.0,
    "percent",
)
q(M, "An 18 kg dog runs at 6 m/s. What is its momentum?", 108.0, "kg*m/s")
q(M, "A 20 g bullet is fired with a momentum of 8 kg m/s. What is its speed?", 400.0, "m/s")
q(
    M,
    "A 3 kg cart moving at 4 m/s bumps into a 5 kg cart at rest and they stick together. What is the speed of the combined carts?",
    1.5,
    "m/s",
)
q(
    M,
    "A 0.16 kg cricket ball hits a bat at 25 m/s and is hit straight back at 35 m/s. What is the magnitude of the impulse on the ball?",
    0.16 * 60,
    "N*s",
)
q(
    M,
    "A 1000 kg car moving at 20 m/s crashes into a barrier and stops in 0.4 s. What average force acts on the car?",
    50000.0,
    "N",
)
q(M, "A 2 kg rifle fires a 5 g bullet at 800 m/s. What is the rifle's recoil speed?", 2.0, "m/s")
q(
    M,
    "A 5 kg ball moving at 2 m/s collides elastically with a 1 kg ball at rest. What is the speed of the 1 kg ball after the collision?",
    2 * 5 * 2 / 6,
    "m/s",
)
q(
    M,
    "Two students of mass 45 kg and 60 kg stand on a frictionless ice rink and push each other apart. The 45 kg student moves away at 2 m/s. How fast does the other student move?",
    1.5,
    "m/s",
)
q(M, "A net force of 25 N acts on a 5 kg object for 2 s. By how much does its momentum change?", 50.0, "kg*m/s")
q(
    M,
    "A 900 kg car moving east at 20 m/s collides with an 1100 kg car moving west at 10 m/s. The cars stick together. What is their velocity just after the collision?",
    (18000 - 11000) / 2000,
    "m/s",
)
q(A, "A bicycle wheel rotates at 3 revolutions per second. What is its angular velocity in rad/s?", 6 * pi, "rad/s")
q(
    A,
    "A spinning wheel slows uniformly from 900 rpm to 300 rpm in 5 s. What is its angular acceleration in rad/s^2 (magnitude)?",
    600 * 2 * pi / 60 / 5,
    "rad/s^2",
)
q(
    A,
    "A solid disc of mass 1.5 kg and diameter 30 cm spins about its axis. What is its moment of inertia?",
    0.5 * 1.5 * 0.0225,
    "kg*m^2",
)
q(
    A,
    "Calculate the moment of inertia of a uniform 4 kg rod of length 2 m about an axis through one end.",
    4 * 4 / 3,
    "kg*m^2",
)
q(
    A,
    "A 12 N force is applied tangentially to the rim of a wheel of radius 0.5 m. What torque does it produce?",
    6.0,
    "N*m",
)
q(
    A,
    "A wheel has a moment of inertia of 2 kg m^2. A torque of 8 N m acts on it from rest for 5 s. What is its final angular velocity?",
    20.0,
    "rad/s",
)
q(
    A,
    "A stone tied to a 1.5 m string is whirled in a horizontal circle and makes 2 revolutions per second. What is its speed?",
    2 * 2 * pi * 1.5,
    "m/s",
)
q(
    A,
    "A car of mass 950 kg goes round a roundabout of radius 20 m at 8 m/s. Find the centripetal force on the car.",
    950 * 64 / 20,
    "N",
)
q(
    A,
    "A hollow cylinder rolls without slipping from rest down an incline of height 1.2 m. What is its speed at the bottom?",
    math.sqrt(g * 1.2),
    "m/s",
)
q(
    A,
    "A ceiling fan has a moment of inertia of 0.3 kg m^2 and rotates at 15 rad/s. What is its angular momentum?",
    4.5,
    "kg*m^2/s",
)
q(X, "Find the positive solution of x^2 + 3x - 10 = 0.", 2.0, "")
q(X, "Solve 7x - 4 = 24.", 4.0, "")
q(X, "What is the cosine of 25 degrees?", math.cos(d(25)), "")
q(X, "Calculate sin 0.7 rad.", math.sin(0.7), "")
q(X, "A right-angled triangle has a hypotenuse of 17 cm and one leg of 8 cm. Find the other leg in cm.", 15.0, "cm")
q(X, "Convert 3.6 km/h to m/s.", 1.0, "m/s")
q(X, "Convert 250 mm to m.", 0.25, "m")
q(X, "How many seconds are there in 1.5 hours?", 5400.0, "s")


if __name__ == "__main__":
    for name, problems in (
        ("blind_teacher.json", P),
        ("blind_teacher_2.json", SECOND),
        ("blind_teacher_3.json", THIRD),
        ("blind_teacher_4.json", FOURTH),
    ):
        print(name, Counter(p["topic"] for p in problems), len(problems))
        with open(f"{sys.argv[1]}/{name}", "w") as out:
            json.dump(problems, out, indent=1, ensure_ascii=False)
            out.write("\n")
